@echo off
rem Cẩm nang số trên Windows: camnang build | serve | check | new ...   (camnang --help liệt kê hết)
rem Làm đúng như ./camnang trên Linux/macOS:
rem   1. tạo lại target\camnang.jar bằng Maven khi chưa có hoặc cũ hơn mã nguồn;
rem   2. chạy java với cùng các cờ (SerialGC; build/check/new: -XX:TieredStopAtLevel=1; bộ nhớ đệm CDS).
rem Thêm cờ JVM: set CAMNANG_JAVA_OPTS=-Xmx2g
setlocal EnableExtensions EnableDelayedExpansion
chcp 65001 >nul
set "here=%~dp0"
set "here=%here:~0,-1%"
set "jar=%here%\target\camnang.jar"
set "jsa=%here%\target\camnang.jsa"

set "stale="
if not exist "%jar%" (
  set "stale=yes"
) else (
  for /f "usebackq delims=" %%f in (`powershell -NoProfile -Command "$j=(Get-Item -LiteralPath '%jar%').LastWriteTime; $n=@(Get-ChildItem -LiteralPath '%here%\pom.xml','%here%\src\main','%here%\templates','%here%\assets' -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $j }).Count; $n"`) do (
    if not "%%f"=="0" set "stale=yes"
  )
)
if defined stale (
  echo camnang: building the generator ^(mvn -q -DskipTests package^) ... 1>&2
  pushd "%here%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 ( popd & exit /b 3 )
  popd
  if exist "%jsa%" del /q "%jsa%"
)

set "cds=-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
if exist "%jsa%" (
  set "cds=%cds% -XX:SharedArchiveFile=%jsa%"
) else if /i "%~1"=="build" (
  set "cds=%cds% -XX:ArchiveClassesAtExit=%jsa%"
)

set "jit=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "jit="

java -XX:+UseSerialGC %jit% %cds% %CAMNANG_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%jar%" %*
exit /b %errorlevel%
