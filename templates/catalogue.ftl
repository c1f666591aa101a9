<#-- The catalogue of the 25 essential services, from data/dich-vu-cong.yaml and the pages made from it. -->
<#import "base.ftl" as b>
<#assign dv = data.get('dich-vu-cong.yaml')>
<@b.layout title=content.title + " – " + site.title description=content.description kind="catalogue">
<@b.breadcrumb items=[]/>
<header class="page-head">
  <h1>${content.title}</h1>
  <#if content.description?has_content><p class="lead">${content.description}</p></#if>
  <#if content.updatedIso?has_content><p class="guide-meta"><span>Cập nhật <time datetime="${content.updatedIso}">${content.updatedText}</time></span></p></#if>
</header>
<div class="prose">${content.body}</div>
<nav class="toc" aria-label="Các nhóm dịch vụ">
  <ul class="link-list">
  <#list dv.groups as g><li><a href="#${g.id}">${g.name}</a></li></#list>
  </ul>
</nav>
<#list dv.groups as g>
<section class="service-group" aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.name}</h2>
  <ul class="service-list">
  <#list data_pages?filter(p -> p.item?? && p.item.group == g.id) as p>
    <li class="card service-card" id="${p.item.id}">
      <a href="${root}${p.url}">
        <span class="service-number" aria-hidden="true">${p.item.number}</span>
        <span class="service-text">
          <span class="card-title">${p.item.name}</span>
          <#if p.item.who??><span class="card-desc">${p.item.who}</span></#if>
          <span class="card-meta"><span class="visually-hidden">Dịch vụ số ${p.item.number}. </span>Làm trên: ${p.item.where?join(", ")}</span>
        </span>
      </a>
    </li>
  </#list>
  </ul>
</section>
</#list>
</@b.layout>
