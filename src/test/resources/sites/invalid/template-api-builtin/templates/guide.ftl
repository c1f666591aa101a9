<html>
${content?api.getClass()}
</html>
