<#-- One of the 25 essential services; made from one item of data/dich-vu-cong.yaml (see site.yaml dataPages). -->
<#import "base.ftl" as b>
<@b.layout title=item.name + " – " + site.title description=content.description kind="service">
<@b.breadcrumb items=parent???then([parent], [])/>
<article class="service">
  <header class="page-head">
    <p class="kicker">Dịch vụ công thiết yếu số ${item.number} / 25</p>
    <h1>${item.name}</h1>
    <p class="guide-meta">
      <#if content.updatedIso?has_content><span>Cập nhật <time datetime="${content.updatedIso}">${content.updatedText}</time></span></#if>
      <#if item.agency??><span>${item.agency}</span></#if>
    </p>
  </header>
  <div class="prose">
    <div class="callout callout-important" role="note" aria-label="Quan trọng">
      <p class="callout-title"><span class="callout-icon" aria-hidden="true">!</span> <strong>Chỉ nhận hồ sơ trực tuyến từ 01/10/2025</strong></p>
      <p>Dịch vụ này thuộc 25 dịch vụ thiết yếu của Đề án 06: nộp trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, không nộp giấy tại Trung tâm phục vụ hành chính công.</p>
    </div>
    <#if walkthrough??>
    <p class="walkthrough"><a class="button" href="${root}${walkthrough.url}">Làm từng bước: ${walkthrough.title}</a></p>
    <#else>
    <p class="note">Chưa có hướng dẫn từng bước cho dịch vụ này. Tổ công nghệ số cộng đồng ở xã, phường có thể ngồi làm cùng bạn.</p>
    </#if>
    <#if item.who??>
    <h2 id="ai-can">Ai cần làm?</h2>
    <p>${item.who}.</p>
    </#if>
    <#if item.prepare?? && item.prepare?has_content>
    <h2 id="can-chuan-bi">Cần chuẩn bị</h2>
    <ul><#list item.prepare as x><li>${x}</li></#list></ul>
    </#if>
    <#if item.where?? && item.where?has_content>
    <h2 id="lam-o-dau">Làm ở đâu?</h2>
    <ul>
    <#list item.where as w>
      <#if w == "dichvucong.gov.vn"><li>Cổng Dịch vụ công quốc gia: <a href="https://dichvucong.gov.vn" rel="noopener noreferrer" class="external">dichvucong.gov.vn</a> — tự gõ địa chỉ, đăng nhập bằng tài khoản VNeID.</li>
      <#elseif w == "VNeID"><li>Ứng dụng <strong>VNeID</strong> của Bộ Công an (chỉ cài từ CH Play hoặc App Store).</li>
      <#else><li>${w}</li></#if>
    </#list>
    </ul>
    </#if>
    <#if item.note??><p class="note">${item.note}</p></#if>
    <#assign walkthroughGuide = ((walkthrough.url)!"")?keep_before("#")>
    <#assign others = related?filter(g -> g.url != walkthroughGuide)>
    <#if others?has_content>
    <h2 id="huong-dan">Bài hướng dẫn liên quan</h2>
    <ul class="link-list"><#list others as g><li><a href="${root}${g.url}">${g.title}</a></li></#list></ul>
    </#if>
    <div class="callout callout-warning" role="note" aria-label="Cảnh báo">
      <p class="callout-title"><span class="callout-icon" aria-hidden="true">!</span> <strong>Cẩn thận đường link giả</strong></p>
      <p>Chỉ nộp hồ sơ trên dichvucong.gov.vn hoặc VNeID. Không bấm đường link lạ gửi qua tin nhắn, Zalo; không ai được hỏi mật khẩu hay mã OTP của bạn.</p>
    </div>
  </div>
</article>
<@b.shareBar/>
<#if parent??><p class="back"><a class="button" href="${root}${parent.url}#${item.id}">Xem cả 25 dịch vụ</a></p></#if>
</@b.layout>
