<html>
<#include "../../../../../../etc/passwd">
</html>
