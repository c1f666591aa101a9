<#-- tim-kiem/: where the search form goes without JavaScript. Lists every guide by topic, so a reader
     still finds everything; with JavaScript, search.js shows the results for ?q= above this list. -->
<#import "base.ftl" as b>
<@b.layout title="Tìm bài hướng dẫn – " + site.title description="Danh sách tất cả bài hướng dẫn của " + site.title + ", theo chủ đề." kind="search">
<@b.breadcrumb items=[]/>
<header class="page-head">
  <h1>Tất cả bài hướng dẫn</h1>
  <p class="lead">Mỗi chủ đề có các bài dưới đây. Mẹo: trong trình duyệt, mở menu ⋮ rồi chọn “Tìm trong trang” để tìm một chữ trong danh sách này.</p>
</header>
<#list topics as t>
<section aria-labelledby="cd-${t.slug}">
  <h2 id="cd-${t.slug}"><a href="${root}${t.url}">${t.title}</a></h2>
  <#if t.guides?has_content>
  <ul class="link-list">
  <#list t.guides as g><li><a href="${root}${g.url}">${g.title}</a></li></#list>
  </ul>
  </#if>
</section>
</#list>
<#if published_pages?has_content>
<section aria-labelledby="cd-khac">
  <h2 id="cd-khac">Trang khác</h2>
  <ul class="link-list">
  <#list published_pages as p><#if p.kind == "page"><li><a href="${root}${p.url}">${p.title}</a></li></#if></#list>
  </ul>
</section>
</#if>
</@b.layout>
