<#import "base.ftl" as b>
<@b.layout title=site.title description=(content.description?has_content)?then(content.description, site.description) kind="home">
<section class="hero">
  <h1>${content.title}</h1>
  <div class="prose">${content.body}</div>
</section>

<section aria-labelledby="chu-de">
  <h2 id="chu-de">Chọn chủ đề</h2>
  <ul class="topic-grid">
  <#list topics as t>
    <li class="card topic-card">
      <a href="${root}${t.url}">
        <#if t.iconUrl?has_content><img class="topic-icon" src="${root}${t.iconUrl}" alt="" width="48" height="48"></#if>
        <span class="topic-text">
          <span class="card-title">${t.title}</span>
          <#if t.description?has_content><span class="card-desc">${t.description}</span></#if>
          <span class="card-meta">${t.count} hướng dẫn</span>
        </span>
      </a>
    </li>
  </#list>
  </ul>
</section>

<#if latest?has_content>
<section aria-labelledby="moi-cap-nhat">
  <h2 id="moi-cap-nhat">Mới cập nhật</h2>
  <ul class="guide-list">
  <#list latest as g><@b.guideCard g=g/></#list>
  </ul>
</section>
</#if>

<#if published_pages?has_content>
<section class="more-pages" aria-labelledby="them">
  <h2 id="them">Thêm</h2>
  <ul class="link-list">
  <#list published_pages as p><#if p.kind == "page"><li><a href="${root}${p.url}">${p.title}</a></li></#if></#list>
  </ul>
</section>
</#if>
</@b.layout>
