<#-- "Liên kết chia sẻ": every guide and every service with its short link, copy buttons, a QR code and a ready Zalo message. -->
<#import "base.ftl" as b>
<#macro entry p>
<#-- the id comes from the page's URL, unique on the site (a guide and a service may share a slug) -->
<li class="card hub-item" id="hub-${p.url?remove_ending("/")?replace("/", "-")}">
  <h3 class="card-title"><a href="${root}${p.url}">${p.title}</a></h3>
  <#if p.description?has_content><p class="card-desc">${p.description}</p></#if>
  <#if p.share.shortUrl?has_content>
  <p class="share-link"><input class="share-url" type="text" readonly value="${p.share.shortUrl}" aria-label="Liên kết: ${p.title}"></p>
  <p class="hub-actions">
    <button type="button" class="button button-light js-copy" data-copy="${p.share.shortUrl}" hidden>Sao chép liên kết</button>
    <button type="button" class="button button-light js-copy" data-copy="${p.share.zalo}" hidden>Sao chép tin nhắn Zalo</button>
  </p>
  <details class="hub-message"><summary>Tin nhắn gửi Zalo</summary><textarea readonly rows="4" aria-label="Tin nhắn Zalo: ${p.title}">${p.share.zalo}</textarea></details>
  <#if p.share.qr??><details class="share-qr"><summary>Mã QR</summary><img src="${root}${p.share.qr}" alt="Mã QR: ${p.title}" width="200" height="200" loading="lazy"></details></#if>
  </#if>
</li>
</#macro>
<@b.layout title=content.title + " – " + site.title description=content.description kind="linkhub">
<@b.breadcrumb items=[]/>
<header class="page-head">
  <h1>${content.title}</h1>
  <#if content.description?has_content><p class="lead">${content.description}</p></#if>
</header>
<div class="prose">${content.body}</div>
<p class="share-status" role="status" aria-live="polite"></p>
<nav class="toc" aria-label="Chủ đề trên trang này"><#-- the footer's nav is "Chủ đề": landmarks need names of their own -->
  <ul class="link-list">
  <#list topics as t><li><a href="#${t.slug}">${t.title}</a></li></#list>
  <#if data_pages?has_content><li><a href="#dich-vu-thiet-yeu">25 dịch vụ công thiết yếu</a></li></#if>
  </ul>
</nav>
<#list topics as t>
<section aria-labelledby="${t.slug}">
  <h2 id="${t.slug}">${t.title}</h2>
  <p><a href="${root}${t.url}in/">In tờ hướng dẫn chủ đề này</a></p>
  <ul class="hub-list">
  <#list t.guides as g><@entry p=g/></#list>
  </ul>
</section>
</#list>
<#if data_pages?has_content>
<section aria-labelledby="dich-vu-thiet-yeu">
  <h2 id="dich-vu-thiet-yeu">25 dịch vụ công thiết yếu</h2>
  <ul class="hub-list">
  <#list data_pages as p><@entry p=p/></#list>
  </ul>
</section>
</#if>
</@b.layout>
