<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${page.title}</title></head>
<body>
<p id="topic">${page.topic}</p>
<p id="params-topic">${page.params.topic}</p>
<p id="url">${page.url}</p>
<p id="params-url">${page.params.url}</p>
<p id="slug">${page.slug}</p>
<p id="params-slug">${page.params.slug}</p>
<p id="image">${page.image}</p>
<p id="params-image">${page.params.image}</p>
</body></html>
