<#-- "Liên kết chia sẻ": every guide and every service with its short link, copy buttons, a QR code and a ready Zalo message.
     Built for cheap phones (issue 15): each topic's list is a closed <details>, so the first paint lays out only the
     topic headings; an entry is small (the Zalo message is text, copied by reference, not a second copy in an attribute;
     the QR code is inside a closed <details> and loads lazily when opened). Find in page (⋮ → Tìm trong trang) opens
     the closed lists by itself in Chrome. -->
<#import "base.ftl" as b>
<#macro entry p>
<#-- the id comes from the page's URL, unique on the site (a guide and a service may share a slug) -->
<#assign hid = "hub-" + p.url?remove_ending("/")?replace("/", "-")>
<li class="hub-item" id="${hid}">
  <h3 class="hub-title"><a href="${root}${p.url}">${p.title}</a></h3>
  <#if p.share.shortUrl?has_content>
  <p class="hub-actions"><a class="hub-short" href="${p.share.shortUrl}">${p.share.shortUrl?remove_beginning("https://")?remove_beginning("http://")}</a>
    <button type="button" class="button button-light js-copy" data-copy="${p.share.shortUrl}" hidden>Sao chép liên kết</button>
    <button type="button" class="button button-light js-copy" data-copy-of="${hid}-zalo" hidden>Sao chép tin nhắn Zalo</button></p>
  <details class="hub-more"><summary>Tin nhắn Zalo<#if p.share.qr??> và mã QR</#if></summary><p class="hub-zalo" id="${hid}-zalo">${p.share.zalo}</p><#if p.share.qr??><img class="hub-qr" src="${root}${p.share.qr}" alt="Mã QR: ${p.title}" width="200" height="200" loading="lazy"></#if></details>
  </#if>
</li>
</#macro>
<#macro group id title items print="">
<section class="hub-group" aria-labelledby="${id}">
  <h2 id="${id}">${title}</h2>
  <details>
    <summary>Mở ${items?size} bài: liên kết ngắn, tin nhắn Zalo, mã QR</summary>
    <ul class="hub-list">
    <#list items as p><@entry p=p/></#list>
    </ul>
  </details>
  <#if print?has_content><p class="hub-print"><a href="${print}">In tờ hướng dẫn chủ đề này</a></p></#if>
</section>
</#macro>
<@b.layout title=content.title + " – " + site.title description=content.description kind="linkhub">
<@b.breadcrumb items=[]/>
<header class="page-head">
  <h1>${content.title}</h1>
  <#if content.description?has_content><p class="lead">${content.description}</p></#if>
</header>
<div class="prose">${content.body}</div>
<p class="share-status" role="status" aria-live="polite"></p>
<#list topics as t>
<@group id=t.slug title=t.title items=t.guides print=root + t.url + "in/"/>
</#list>
<#if data_pages?has_content>
<@group id="dich-vu-thiet-yeu" title="25 dịch vụ công thiết yếu" items=data_pages/>
</#if>
</@b.layout>
