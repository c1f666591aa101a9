<#import "base.ftl" as b>
<@b.layout title="Không tìm thấy trang – " + site.title description="" kind="notfound">
<h1>Không tìm thấy trang này</h1>
<p class="lead">Đường liên kết có thể đã cũ hoặc bị gõ nhầm. Bạn hãy chọn một chủ đề dưới đây.</p>
<ul class="link-list big">
<#list topics as t><li><a href="${root}${t.url}">${t.title}</a></li></#list>
</ul>
<p><a class="button" href="${root}">Về trang chủ</a></p>
</@b.layout>
