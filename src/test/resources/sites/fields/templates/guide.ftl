<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${page.title}</title></head>
<body><h1>${page.title}</h1><#if page.hero??><p class="hero">${page.hero}</p></#if></body></html>
