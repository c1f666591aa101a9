<#import "base.ftl" as b>
<@b.layout title=content.title + " – " + site.title description=content.description kind="topic">
<@b.breadcrumb items=[]/>
<header class="page-head">
  <#if topic.iconUrl?has_content><img class="topic-icon" src="${root}${topic.iconUrl}" alt="" width="48" height="48"></#if>
  <h1>${content.title}</h1>
  <#if content.description?has_content><p class="lead">${content.description}</p></#if>
</header>
<div class="prose">${content.body}</div>
<h2 id="huong-dan">Các hướng dẫn (${topic.count})</h2>
<#if topic.guides?has_content>
<ol class="guide-list numbered">
<#list topic.guides as g><@b.guideCard g=g/></#list>
</ol>
<#else>
<p>Chủ đề này chưa có hướng dẫn nào.</p>
</#if>
<p class="back"><a class="button button-light" href="${root}${content.url}in/">In tờ hướng dẫn (có mã QR)</a></p>
<@b.shareBar/>
</@b.layout>
