<#-- khong-co-mang/: what a phone without network shows for a page it has not saved (the service
     worker sends the reader here, with ?trang=<the page>). The pages always saved are listed here;
     offline.js adds the pages the reader has opened, read from the phone's cache. -->
<#import "base.ftl" as b>
<@b.layout title="Bạn đang không có mạng – " + site.title description="Các bài của " + site.title + " đọc được khi điện thoại không có mạng." kind="offline">
<header class="page-head">
  <h1>Bạn đang không có mạng</h1>
  <p class="lead">Trang bạn vừa mở chưa được lưu trên máy này. Những bài dưới đây vẫn đọc được khi không có mạng.</p>
</header>
<p class="offline-retry" hidden>Khi có mạng trở lại: <a class="button" href="${root}">Mở lại trang vừa chọn</a></p>
<section aria-labelledby="da-luu">
  <h2 id="da-luu">Bài bạn đã mở trên máy này</h2>
  <p class="offline-status" role="status" aria-live="polite"></p>
  <noscript><p>Trình duyệt đang tắt JavaScript nên không xem được danh sách bài đã lưu. Các trang dưới đây luôn đọc được.</p></noscript>
  <ul class="link-list offline-saved"></ul>
</section>
<section aria-labelledby="luon-co">
  <h2 id="luon-co">Luôn có sẵn trên máy</h2>
  <ul class="link-list big">
    <li><a href="${root}">Trang chủ</a></li>
    <#list topics as t><li><a href="${root}${t.url}">${t.title}</a></li></#list>
    <li><a href="${root}tim-kiem/">Tìm bài hướng dẫn</a></li>
  </ul>
</section>
<p>Mẹo: khi có mạng, mở trước các bài bạn sẽ cần. Mỗi bài đã mở, cùng hình minh hoạ, được lưu lại để đọc khi không có mạng.</p>
<script src="${root}${asset['js/offline.js']}" defer></script>
</@b.layout>
