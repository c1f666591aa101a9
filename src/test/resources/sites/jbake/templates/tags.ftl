<#include "header.ftl">

	<#include "menu.ftl">

	<div class="page-header">
		<h1>Thẻ: ${tag}</h1>
	</div>

	<ul class="tag-posts">
		<#list tag_posts as post>
		<li>${post.date?string("dd MMMM yyyy")} - <a href="${content.rootpath}${post.uri}"><#escape x as x?xml>${post.title}</#escape></a></li>
		</#list>
	</ul>
	<p class="count">${tagged_documents?size} bài, ${db.getPublishedPostsByTag(tag).size()} bài viết.</p>

<#include "footer.ftl">
