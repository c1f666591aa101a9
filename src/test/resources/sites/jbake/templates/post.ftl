<#include "header.ftl">

	<#include "menu.ftl">

	<div class="page-header">
		<h1><#escape x as x?xml>${content.title}</#escape></h1>
	</div>

	<p><em class="date">${content.date?string("dd MMMM yyyy")}</em></p>

	<#if content.tags??>
	<p class="tags"><#list content.tags as tag><a class="tag" href="${content.rootpath}${config.tag_path}/${tag}${config.output_extension}">${tag}</a> </#list></p>
	</#if>

	<div class="body">${content.body}</div>

	<hr />

	<ul class="pager">
		<#if content.previousContent??><li class="previous"><a href="${content.rootpath}${content.previousContent.noExtensionUri}">&larr; ${content.previousContent.title}</a></li></#if>
		<#if content.nextContent??><li class="next"><a href="${content.rootpath}${content.nextContent.noExtensionUri}">${content.nextContent.title} &rarr;</a></li></#if>
	</ul>

<#include "footer.ftl">
