      </div>
    </div>
    <div id="footer">
      <#assign authors = data.get('authors.yaml').authors>
      <p class="authors">Biên soạn: <#list authors as a><span class="author">${a.name}</span><#sep>, </#list></p>
      <p class="muted credit">&copy; 2026 | Baked with <a href="http://jbake.org">JBake ${version}</a></p>
    </div>
  </body>
</html>
