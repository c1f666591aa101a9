<#-- An old address (aliases) or a short link (code → g/<code>/) that sends the reader to a page. -->
<#import "base.ftl" as b>
<!doctype html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${content.title} – ${site.title}</title>
<meta http-equiv="refresh" content="0; url=${redirect}">
<meta name="robots" content="noindex">
<#if content.description?has_content><meta name="description" content="${content.description}"></#if>
<@b.shareMeta ogTitle=content.title description=content.description/>
<link rel="stylesheet" href="${root}${asset['css/site.css']}">
<#if asset['icons/favicon.svg']??><link rel="icon" href="${root}${asset['icons/favicon.svg']}" type="image/svg+xml"></#if>
</head>
<body>
<main id="noi-dung">
<h1>${content.title}</h1>
<p class="lead">Bài này ở địa chỉ mới. Nếu trang không tự chuyển, hãy bấm:</p>
<p><a class="button" href="${redirect}">Mở bài: ${content.title}</a></p>
</main>
</body>
</html>
