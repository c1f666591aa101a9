<#-- The page frame shared by every page. Variables: site, root, asset, content (the page). -->
<#-- Link-preview tags (Open Graph, as Zalo and Facebook read them, and the Twitter card). -->
<#macro shareMeta ogTitle description>
<#if content.share??>
<#assign sh = content.share>
<#if sh.canonical?has_content>
<link rel="canonical" href="${sh.canonical}">
<meta property="og:url" content="${sh.canonical}">
</#if>
<meta property="og:type" content="${sh.type}">
<meta property="og:title" content="${ogTitle}">
<#if description?has_content><meta property="og:description" content="${description}"></#if>
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="${site.locale}">
<#if sh.image?? && sh.image?has_content>
<meta property="og:image" content="${sh.image}">
<meta property="og:image:secure_url" content="${sh.image}">
<meta property="og:image:type" content="${sh.imageType}">
<meta property="og:image:width" content="${sh.imageWidth?c}">
<meta property="og:image:height" content="${sh.imageHeight?c}">
<meta property="og:image:alt" content="${sh.imageAlt!ogTitle}">
<meta name="twitter:image:alt" content="${sh.imageAlt!ogTitle}">
<meta name="twitter:image" content="${sh.image}">
</#if>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${ogTitle}">
<#if description?has_content><meta name="twitter:description" content="${description}"></#if>
</#if>
</#macro>

<#macro layout title description="" kind="page" ogTitle="">
<#local shareTitle = ogTitle?has_content?then(ogTitle, (content.title)!title)>
<!doctype html>
<html lang="${site.lang}" data-root="${root}"<#if !site.offline> data-offline="off"</#if>>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; frame-src https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<@shareMeta ogTitle=shareTitle description=description/>
<meta name="theme-color" content="#0b5d6b">
<#-- The web-app manifest (${root}manifest.webmanifest) is linked by site.js, over http(s) only: a <link rel="manifest">
     in the markup makes Chrome log a CORS error on every page opened from disk (file://), and a link without href is
     invalid HTML. Installing the site needs its service worker, which also needs JavaScript. -->
<#if asset['icons/icon-maskable-512.png']??><link rel="apple-touch-icon" href="${root}${asset['icons/icon-maskable-512.png']}"></#if>
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
<section id="ket-qua-tim" class="search-results" aria-label="Kết quả tìm kiếm"><p class="search-status" role="status" aria-live="polite"></p></section>
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

<#-- The share bar: Web Share API (the phone's share sheet, where Zalo is), copy link, QR code. Works without JS. -->
<#macro shareBar handout="">
<#if content.share?? && content.share.shortUrl?has_content>
<section class="share-bar" aria-labelledby="chia-se">
  <h2 id="chia-se" class="share-title">Chia sẻ bài này</h2>
  <div class="share-actions">
    <button type="button" class="button js-share" data-title="${content.title}" data-text="${content.description}" data-url="${content.share.shortUrl}" hidden>Chia sẻ</button>
    <button type="button" class="button button-light js-copy" data-copy="${content.share.shortUrl}" hidden>Sao chép liên kết</button>
  </div>
  <p class="share-link"><label for="lien-ket">Liên kết</label><input id="lien-ket" class="share-url" type="text" readonly value="${content.share.shortUrl}"></p>
  <p class="share-status" role="status" aria-live="polite"></p>
  <#if content.share.qr??>
  <details class="share-qr"><summary>Hiện mã QR để quét</summary><img src="${root}${content.share.qr}" alt="Mã QR mở bài: ${content.title}" width="220" height="220" loading="lazy"></details>
  </#if>
  <#if handout?has_content><p class="share-print"><a href="${root}${handout}">In tờ hướng dẫn của chủ đề (có mã QR)</a></p></#if>
</section>
</#if>
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

<#-- On a phone one line is enough: a link back to the page one level up (home is the logo). -->
<#macro breadcrumb items>
<nav class="breadcrumb" aria-label="Đường dẫn">
  <#if items?has_content><#local up = items?last><a href="${root}${up.url}"><span aria-hidden="true">‹&nbsp;</span>${up.title}</a>
  <#else><a href="${root}"><span aria-hidden="true">‹&nbsp;</span>Trang chủ</a></#if>
</nav>
</#macro>

<#-- When the text last changed, and a check against the live service only where one is recorded. -->
<#macro checkedMeta c>
  <#if c.verified??><span class="verified">Đã kiểm tra ${c.verified.how} ngày <time datetime="${c.verified.dateIso}">${c.verified.dateText}</time> (${c.verified.by})</span></#if>
  <#if c.updatedIso?has_content><span>Cập nhật <time datetime="${c.updatedIso}">${c.updatedText}</time></span></#if>
</#macro>

<#-- The official pages and legal texts a page rests on (front matter 'sources'). -->
<#macro sources c>
<#if c.sources?has_content>
<section class="sources" aria-labelledby="nguon-tham-khao">
  <h2 id="nguon-tham-khao">Nguồn tham khảo</h2>
  <ol>
  <#list c.sources as s>
    <li><a href="${s.url}" rel="noopener noreferrer" class="external">${s.title}</a> <span class="source-host">${s.host}<#if s.readIso?has_content>, đọc ngày <time datetime="${s.readIso}">${s.readText}</time></#if></span></li>
  </#list>
  </ol>
  <#if !c.verified??><p class="source-note">Các bước được viết theo những nguồn trên, chưa được ghi nhận là đã thử trên dịch vụ thật. Màn hình thật có thể khác một chút.</p></#if>
</section>
</#if>
</#macro>
