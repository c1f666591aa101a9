<#import "base.ftl" as b>
<@b.layout title=content.title + " – " + site.title description=content.description kind="page">
<@b.breadcrumb items=[]/>
<article>
  <header class="page-head">
    <h1>${content.title}</h1>
    <#if content.description?has_content><p class="lead">${content.description}</p></#if>
    <#if content.updatedIso?has_content || content.verified??><p class="guide-meta"><@b.checkedMeta c=content/></p></#if>
  </header>
  <div class="prose">${content.body}</div>
  <@b.sources c=content/>
</article>
</@b.layout>
