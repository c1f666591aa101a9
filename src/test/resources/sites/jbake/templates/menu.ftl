      <nav class="navbar">
        <a class="brand" href="<#if (content.rootpath)??>${content.rootpath}</#if>">${config.site_title}</a>
        <ul class="nav">
          <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.index_file}">Trang chủ</a></li>
          <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>about.html">Giới thiệu</a></li>
          <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.archive_file}">Lưu trữ</a></li>
          <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.tag_path}/index.html">Thẻ</a></li>
          <li><a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.feed_file}">Theo dõi</a></li>
        </ul>
      </nav>
      <div class="container">
