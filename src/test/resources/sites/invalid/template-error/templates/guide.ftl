<#-- a broken guide template -->
<html>
<body>
${content.khongco.tieude}
</body>
</html>
