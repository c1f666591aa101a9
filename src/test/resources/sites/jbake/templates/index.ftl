<#include "header.ftl">

	<#include "menu.ftl">

	<div class="page-header">
		<h1>Blog</h1>
	</div>
	<#list published_posts as post>
		<div class="post">
			<a href="${content.rootpath}${post.noExtensionUri!post.uri}"><h2><#escape x as x?xml>${post.title}</#escape></h2></a>
			<p class="date">${post.date?string("dd MMMM yyyy")}</p>
			<p>${post.body}</p>
		</div>
	</#list>

	<hr />

	<#if (config.index_paginate)>
	<ul class="pager">
		<#if (previousFileName??)><li class="previous"><a href="${content.rootpath}${previousFileName}">&larr; Mới hơn</a></li></#if>
		<li class="page-info">Trang ${currentPageNumber} / ${numberOfPages}</li>
		<#if (nextFileName??)><li class="next"><a href="${content.rootpath}${nextFileName}">Cũ hơn &rarr;</a></li></#if>
	</ul>
	</#if>

	<p>Các bài cũ hơn có trong <a href="${content.rootpath}${config.archive_file}">lưu trữ</a>.
	Blog có ${db.getPublishedPosts()?size} bài và ${db.getPublishedPages().size()} trang.</p>

<#include "footer.ftl">
