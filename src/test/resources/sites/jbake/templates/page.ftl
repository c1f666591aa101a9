<#include "header.ftl">

	<#include "menu.ftl">

	<div class="page-header">
		<h1><#escape x as x?xml>${content.title}</#escape></h1>
	</div>

	<p><em class="date">${content.date?string("dd MMMM yyyy")}</em></p>

	<div class="body">${content.body}</div>

	<h2>Người viết</h2>
	<ul class="team">
	<#list data.get('authors.yaml').authors as a>
		<li>${a.name} – ${a.role}</li>
	</#list>
	</ul>

<#include "footer.ftl">
