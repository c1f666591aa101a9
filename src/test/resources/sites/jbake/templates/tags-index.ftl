<#include "header.ftl">

	<#include "menu.ftl">

	<div class="page-header">
		<h1>Các thẻ</h1>
	</div>
	<ul class="tags">
		<#list tags as tag>
		<li><a href="${content.rootpath}${tag.uri}">${tag.name}</a> [${tag.tagged_posts?size}]</li>
		</#list>
	</ul>
	<p>Tất cả: <#list alltags as t>${t}<#sep>, </#list></p>

<#include "footer.ftl">
