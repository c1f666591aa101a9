<#-- The page frame shared by every page. Variables: site, root, asset, content (the page). -->
<#macro layout title description="" kind="page">
<!doctype html>
<html lang="${site.lang}" data-root="${root}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<meta name="theme-color" content="#0b5d6b">
<meta name="format-detection" content="telephone=no">
<link rel="stylesheet" href="${root}${asset['css/site.css']}">
<#if asset['icons/favicon.svg']??><link rel="icon" href="${root}${asset['icons/favicon.svg']}" type="image/svg+xml"></#if>
<#if site.baseUrl?has_content && content.url??><link rel="alternate" type="application/atom+xml" title="${site.title}" href="${root}feed.xml"></#if>
</head>
<body class="kind-${kind}">
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <a class="brand" href="${root}"><#if asset['icons/favicon.svg']??><img src="${root}${asset['icons/favicon.svg']}" alt="" width="32" height="32"></#if><span>${site.title}</span></a>
  <form class="search" role="search" action="${root}tim-kiem/" method="get"<#if asset['js/search.js']??> data-js="${root}${asset['js/search.js']}"</#if>>
    <label class="visually-hidden" for="tim">Tìm bài hướng dẫn</label>
    <input id="tim" type="search" name="q" placeholder="Tìm: chu ky so, vssid…" autocomplete="off" enterkeyhint="search">
    <button type="submit">Tìm</button>
  </form>
</header>
<div id="ket-qua-tim" class="search-results"><p class="search-status" role="status" aria-live="polite"></p></div>
<main id="noi-dung" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <nav aria-label="Chủ đề">
    <ul class="footer-topics">
    <#list topics as t><li><a href="${root}${t.url}">${t.title}</a></li></#list>
    </ul>
  </nav>
  <p>${site.title} — tài liệu tập huấn của Tổ công nghệ số cộng đồng. Nội dung chỉ để hướng dẫn; khi có thay đổi, hãy làm theo thông báo chính thức của cơ quan nhà nước.</p>
</footer>
<script src="${root}${asset['js/site.js']}" defer></script>
</body>
</html>
</#macro>

<#-- A guide in a list: a big tappable card. -->
<#macro guideCard g headingLevel=3>
<li class="card guide-card">
  <a href="${root}${g.url}">
    <h${headingLevel} class="card-title">${g.title}</h${headingLevel}>
    <#if g.description?has_content><p class="card-desc">${g.description}</p></#if>
    <p class="card-meta"><#if g.duration??><span>${g.duration}</span></#if><#if g.updatedText?has_content><span>Cập nhật ${g.updatedText}</span></#if></p>
  </a>
</li>
</#macro>

<#macro breadcrumb items>
<nav class="breadcrumb" aria-label="Đường dẫn">
  <ol>
    <li><a href="${root}">Trang chủ</a></li>
    <#list items as it><li><a href="${root}${it.url}">${it.title}</a></li></#list>
  </ol>
</nav>
</#macro>
