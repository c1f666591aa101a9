<#import "base.ftl" as b>
<@b.layout title=content.title + " – " + site.title description=content.description kind="guide">
<@b.breadcrumb items=[topic]/>
<article class="guide">
  <header class="page-head">
    <h1>${content.title}</h1>
    <#if content.description?has_content><p class="lead">${content.description}</p></#if>
    <p class="guide-meta">
      <@b.checkedMeta c=content/>
      <#if content.duration??><span>${content.duration}</span></#if>
      <#if content.level??><span>${content.level}</span></#if>
    </p>
  </header>
  <div class="prose">${content.body}</div>
  <@b.sources c=content/>
</article>
<@b.shareBar handout=topic.url + "in/"/>
<nav class="pager" aria-label="Hướng dẫn trước và sau">
  <#if prev??><a class="pager-prev" href="${root}${prev.url}" rel="prev"><span class="pager-label">‹ Bài trước</span><span class="pager-title">${prev.title}</span></a></#if>
  <#if next??><a class="pager-next" href="${root}${next.url}" rel="next"><span class="pager-label">Bài tiếp ›</span><span class="pager-title">${next.title}</span></a></#if>
</nav>
<p class="back"><a class="button" href="${root}${topic.url}">Tất cả hướng dẫn: ${topic.title}</a></p>
</@b.layout>
