<#-- A printable handout for a topic (A4, black and white): its guides with QR codes and short links. -->
<#import "base.ftl" as b>
<@b.layout title="In: " + topic.title + " – " + site.title description=topic.description kind="handout" ogTitle=topic.title>
<div class="handout">
  <p class="no-print"><a href="${root}${topic.url}">‹ Về chủ đề ${topic.title}</a></p>
  <p class="no-print"><button type="button" class="button js-print" hidden>In tờ này</button></p>
  <header class="page-head">
    <p class="kicker">${site.title} · Tổ công nghệ số cộng đồng</p>
    <h1>${topic.title}</h1>
    <#if topic.description?has_content><p class="lead">${topic.description}</p></#if>
    <p>Quét mã QR bằng camera điện thoại hoặc Zalo để mở bài hướng dẫn.</p>
  </header>
  <ol class="handout-list">
  <#list topic.guides as g>
    <li class="handout-item">
      <#if g.share.qr??><img class="handout-qr" src="${root}${g.share.qr}" alt="Mã QR: ${g.title}" width="132" height="132"></#if>
      <div>
        <h2>${g.title}</h2>
        <#if g.description?has_content><p>${g.description}</p></#if>
        <#if g.share.shortUrl?has_content><p class="handout-url">${g.share.shortUrl}</p></#if>
      </div>
    </li>
  </#list>
  </ol>
</div>
</@b.layout>
