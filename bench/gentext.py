#!/usr/bin/env python3
"""Text-only benchmark corpus (issue 17): N Vietnamese guides, no images at all, written three times
for three generators doing the same work. Python 3 standard library only; same N and seed give
byte-identical files.

    python3 bench/gentext.py --n 1000 [--seed 17] --out bench/work/text/n1000

OUT/camnang-min/   site.yaml, content/ (home, topics, guides as single files content/<t>/<g>.md),
                   templates/ with minimal index/topic/guide/page templates (the rest: built-in theme)
OUT/camnang-theme/ the same site.yaml and content/, no templates/: the project's own (built-in) theme
OUT/hugo/          hugo.toml, content/ (_index.md per section), minimal layouts, index.json for search
OUT/eleventy/      eleventy.config.js, src/ (same Markdown), minimal Nunjucks layouts, search.json, sitemap
OUT/manifest.json  guide and topic URLs, a known guide and phrase (checked in every output)

Each guide: 600–1,300 words of Vietnamese with diacritics, front matter (title, description, date,
updated, order, tags), 4–6 `##` sections (some with `###`), a bullet list, a numbered list of steps,
a GFM table, **bold**/_emphasis_, three cross links to other guides (ours: to the Markdown file,
`../t/g.md`, checked at build; Hugo and Eleventy: the page URL `../../t/g/`). 50 guides per topic
(at least 2 topics).

The minimal templates are the same page on each side: HTML5 frame, <title>, meta description,
canonical link, one stylesheet; home lists the topics; a topic lists its guides (title +
description); a guide has a breadcrumb (home › topic), the title, the body and previous/next in
its topic.
"""
import argparse
import json
import random
import shutil
import unicodedata
from pathlib import Path

GUIDES_PER_TOPIC = 50
BASE_URL = "https://camnang.example.org/"
KNOWN_PHRASE = "đèn lồng phố Hội sáng rực đêm rằm tháng Giêng"

TOPIC_NAMES = [
    "Thanh toán số", "VssID bảo hiểm xã hội", "Dịch vụ công trực tuyến", "Chữ ký số công cộng",
    "Gian hàng số OCOP", "Căn cước điện tử VNeID", "Y tế số", "Giáo dục số", "Nông nghiệp số",
    "An toàn thông tin", "Ngân hàng trên điện thoại", "Thương mại điện tử", "Zalo và mạng xã hội",
    "Bản đồ và giao thông", "Điện nước trực tuyến", "Thuế điện tử", "Đất đai và nhà ở",
    "Lao động việc làm", "Tư pháp hộ tịch", "Du lịch địa phương",
]
ACTIONS = ["Cách đăng ký", "Hướng dẫn cài đặt", "Cách tra cứu", "Cách nộp hồ sơ", "Cách thanh toán",
           "Cách kiểm tra", "Cách cập nhật", "Cách khôi phục", "Cách bảo vệ", "Cách sử dụng"]
OBJECTS = ["tài khoản định danh", "giấy khai sinh", "thẻ bảo hiểm y tế", "hóa đơn tiền điện",
           "chữ ký số trên điện thoại", "gian hàng sản phẩm OCOP", "mã QR thanh toán", "hồ sơ thuế cá nhân",
           "giấy phép lái xe", "sổ bảo hiểm xã hội", "lịch khám bệnh", "học phí của con",
           "đăng ký thường trú", "ví điện tử", "tin nhắn lừa đảo"]
SUBJECTS = ["Người dân", "Bà con", "Tổ công nghệ số cộng đồng", "Cán bộ xã", "Người cao tuổi",
            "Hộ kinh doanh", "Học sinh", "Chủ hợp tác xã", "Người lao động", "Thanh niên tình nguyện"]
VERBS = ["cần chuẩn bị", "nên kiểm tra", "có thể mở", "phải nhập đúng", "được hướng dẫn điền",
         "hãy chụp lại", "không được chia sẻ", "nên lưu giữ", "sẽ nhận được", "có thể tra cứu"]
COMPLEMENTS = ["mã OTP gửi về điện thoại", "ứng dụng trên kho chính thức", "số căn cước mười hai chữ số",
               "ảnh chụp giấy tờ rõ nét", "mật khẩu dài và khó đoán", "đường dẫn của cơ quan nhà nước",
               "biên nhận điện tử sau khi nộp", "thông báo trên cổng dịch vụ công", "số điện thoại chính chủ",
               "lịch hẹn tại bộ phận một cửa", "hướng dẫn trên màn hình", "phí dịch vụ theo quy định"]
TAILS = ["trước khi bấm gửi", "ngay trên điện thoại", "tại nhà văn hóa thôn", "trong vòng ba ngày làm việc",
         "khi có người hỏi qua Zalo", "mà không cần ra phường", "theo từng bước dưới đây",
         "cùng với người thân trong gia đình", "ở mục cài đặt của ứng dụng", "vào buổi sáng khi mạng ổn định"]
SECTIONS = ["Chuẩn bị trước khi làm", "Các bước thực hiện", "Kiểm tra kết quả", "Lỗi thường gặp",
            "Lưu ý an toàn", "Câu hỏi thường gặp", "Khi cần hỗ trợ", "Mẹo cho người mới"]
SUBSECTIONS = ["Trên điện thoại Android", "Trên iPhone", "Tại bộ phận một cửa", "Khi mạng chậm"]
FILLER = ("điện thoại", "ứng dụng", "tài khoản", "mật khẩu", "hồ sơ", "cơ quan", "thủ tục", "trực tuyến",
          "xác thực", "thông tin", "cá nhân", "gia đình", "địa phương", "hỗ trợ", "an toàn", "nhanh chóng")


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    out, dash = [], False
    for c in s:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def sentence(r):
    s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(COMPLEMENTS)} {r.choice(TAILS)}"
    if r.random() < 0.4:
        s += ", " + " ".join(r.choice(FILLER) for _ in range(r.randint(2, 5)))
    return s + "."


def paragraph(r, k):
    return " ".join(sentence(r) for _ in range(k))


def words(text):
    return len(text.split())


class Guide:
    def __init__(self, topic, idx, slug, title, desc, order):
        self.topic, self.idx, self.slug, self.title, self.desc, self.order = topic, idx, slug, title, desc, order

    @property
    def url(self):
        return f"{self.topic.slug}/{self.slug}/"


class Topic:
    def __init__(self, i, name):
        self.i, self.name = i, name
        self.slug = f"cd{i:03d}-{fold(name)}"
        self.guides = []


def plan(n, seed):
    r = random.Random(seed)
    nt = max(2, -(-n // GUIDES_PER_TOPIC))
    topics = [Topic(i + 1, TOPIC_NAMES[i % len(TOPIC_NAMES)] + ("" if i < len(TOPIC_NAMES) else f" {i // len(TOPIC_NAMES) + 1}"))
              for i in range(nt)]
    guides = []
    for k in range(n):
        t = topics[k % nt]
        title = f"{r.choice(ACTIONS)} {r.choice(OBJECTS)}"
        slug = f"bai-{k + 1:05d}-{fold(title)}"
        desc = f"{title[0].upper() + title[1:]}: {sentence(r)[:-1].lower()}, từng bước, có ảnh minh họa bằng lời."[:155]
        g = Guide(t, k, slug, title, desc, len(t.guides) + 1)
        t.guides.append(g)
        guides.append(g)
    return topics, guides


def body(r, g, guides, link):
    """Markdown body of a guide; link(src, dst) gives the link target for each generator."""
    target = r.randint(600, 1300)
    others = [guides[r.randrange(len(guides))] for _ in range(3)]
    others = [o if o is not g else guides[(g.idx + 1) % len(guides)] for o in others]
    parts = [paragraph(r, 3)]
    if g.idx == 0:
        parts[0] += f" Ở phố cổ, {KNOWN_PHRASE}."
    nsec = r.randint(4, 6)
    secs = r.sample(SECTIONS, nsec)
    blocks = ["list", "steps", "table", "links"]
    for si, sec in enumerate(secs):
        parts.append(f"## {sec}")
        parts.append(paragraph(r, r.randint(2, 4)))
        kind = blocks[si] if si < len(blocks) else None
        if kind == "list":
            parts.append("\n".join(f"- **{r.choice(COMPLEMENTS).capitalize()}**: {sentence(r)}" for _ in range(r.randint(3, 6))))
        elif kind == "steps":
            parts.append("\n".join(f"{j}. {r.choice(ACTIONS)} _{r.choice(OBJECTS)}_: {sentence(r)}" for j in range(1, r.randint(4, 8))))
        elif kind == "table":
            rows = ["| Bước | Việc cần làm | Thời gian |", "|---|---|---:|"]
            rows += [f"| {j} | {r.choice(VERBS).capitalize()} {r.choice(COMPLEMENTS)} | {r.randint(2, 30)} phút |" for j in range(1, r.randint(4, 7))]
            parts.append("\n".join(rows))
        elif kind == "links":
            parts.append("Xem thêm: " + ", ".join(f"[{o.title}]({link(g, o)})" for o in others) + ".")
        if r.random() < 0.5:
            parts.append(f"### {r.choice(SUBSECTIONS)}")
            parts.append(paragraph(r, 2))
    text = "\n\n".join(parts)
    while words(text) < target:
        text += "\n\n" + paragraph(r, r.randint(2, 4))
    return text + "\n"


def write(p, text):
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")


def q(s):
    return json.dumps(s, ensure_ascii=False)  # a valid YAML double-quoted string


MIN_OURS = {
    "min-base.ftl": """<#macro page title description>
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
<#if content.url?? && baseUrl?has_content><link rel="canonical" href="${baseUrl}${content.url}"></#if>
<link rel="stylesheet" href="${root}${asset['css/site.css']}">
</head>
<body>
<header><a href="${root}">${site.title}</a></header>
<main>
<#nested>
</main>
</body>
</html>
</#macro>
""",
    "index.ftl": """<#import "min-base.ftl" as b>
<@b.page title=site.title description=site.description>
<h1>${content.title}</h1>
${content.body}
<ul>
<#list topics as t><li><a href="${root}${t.url}">${t.title}</a> (${t.count})</li>
</#list></ul>
</@b.page>
""",
    "topic.ftl": """<#import "min-base.ftl" as b>
<@b.page title=content.title + " – " + site.title description=content.description>
<nav><a href="${root}">Trang chủ</a></nav>
<h1>${content.title}</h1>
${content.body}
<ol>
<#list topic.guides as g><li><a href="${root}${g.url}">${g.title}</a><br>${g.description}</li>
</#list></ol>
</@b.page>
""",
    "guide.ftl": """<#import "min-base.ftl" as b>
<@b.page title=content.title + " – " + site.title description=content.description>
<nav><a href="${root}">Trang chủ</a> › <a href="${root}${topic.url}">${topic.title}</a></nav>
<article>
<h1>${content.title}</h1>
<div class="prose">${content.body}</div>
</article>
<nav><#if prev??><a href="${root}${prev.url}" rel="prev">‹ ${prev.title}</a></#if>
<#if next??><a href="${root}${next.url}" rel="next">${next.title} ›</a></#if></nav>
</@b.page>
""",
    "page.ftl": """<#import "min-base.ftl" as b>
<@b.page title=content.title + " – " + site.title description=content.description>
<h1>${content.title}</h1>
${content.body}
</@b.page>
""",
}

MIN_HUGO = {
    "layouts/_default/baseof.html": """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ $css := resources.Get "css/site.css" | fingerprint }}<link rel="stylesheet" href="{{ $css.RelPermalink }}">
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
""",
    "layouts/index.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>
{{ end }}</ul>
{{ end }}
""",
    "layouts/_default/list.html": """{{ define "main" }}<nav><a href="{{ "/" | relURL }}">Trang chủ</a></nav>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ol>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><br>{{ .Description }}</li>
{{ end }}</ol>
{{ end }}
""",
    "layouts/_default/single.html": """{{ define "main" }}<nav><a href="{{ "/" | relURL }}">Trang chủ</a> › <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
<nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}" rel="prev">‹ {{ .Title }}</a>{{ end }}
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}" rel="next">{{ .Title }} ›</a>{{ end }}</nav>
{{ end }}
""",
    "layouts/index.json": """[{{ range $i, $p := where site.RegularPages "Section" "!=" "" }}{{ if $i }},{{ end }}
{"title":{{ $p.Title | jsonify }},"url":{{ $p.RelPermalink | jsonify }},"description":{{ $p.Description | jsonify }},"text":{{ $p.Plain | jsonify }}}{{ end }}]
""",
}

MIN_ELEVENTY = {
    "src/_includes/base.njk": """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.url == "/" %}{{ site.title }}{% else %}{{ title }} – {{ site.title }}{% endif %}</title>
<meta name="description" content="{{ description or site.description }}">
<link rel="canonical" href="{{ site.baseUrl }}{{ page.url | replace('/', '', 1) }}">
<link rel="stylesheet" href="{{ '/assets/css/site.css' | url }}">
</head>
<body>
<header><a href="{{ '/' | url }}">{{ site.title }}</a></header>
<main>
{{ content | safe }}
</main>
</body>
</html>
""",
    "src/_includes/home.njk": """---
layout: base.njk
---
<h1>{{ title }}</h1>
{{ content | safe }}
<ul>
{% for t in site.topics %}<li><a href="{{ ('/' + t.slug + '/') | url }}">{{ t.title }}</a> ({{ collections['t_' + t.slug].length }})</li>
{% endfor %}</ul>
""",
    "src/_includes/topic.njk": """---
layout: base.njk
---
<nav><a href="{{ '/' | url }}">Trang chủ</a></nav>
<h1>{{ title }}</h1>
{{ content | safe }}
<ol>
{% for g in collections['t_' + topic] %}<li><a href="{{ g.url | url }}">{{ g.data.title }}</a><br>{{ g.data.description }}</li>
{% endfor %}</ol>
""",
    "src/_includes/guide.njk": """---
layout: base.njk
---
{% set coll = collections['t_' + topic] %}{% set prev = coll | getPreviousCollectionItem %}{% set next = coll | getNextCollectionItem %}
<nav><a href="{{ '/' | url }}">Trang chủ</a> › <a href="{{ ('/' + topic + '/') | url }}">{{ topicTitle }}</a></nav>
<article>
<h1>{{ title }}</h1>
{{ content | safe }}
</article>
<nav>{% if prev %}<a href="{{ prev.url | url }}" rel="prev">‹ {{ prev.data.title }}</a>{% endif %}
{% if next %}<a href="{{ next.url | url }}" rel="next">{{ next.data.title }} ›</a>{% endif %}</nav>
""",
    "src/search.njk": """---
permalink: /index.json
eleventyExcludeFromCollections: true
---
[{% for g in collections.guides %}{% if not loop.first %},{% endif %}
{"title":{{ g.data.title | dump | safe }},"url":{{ g.url | dump | safe }},"description":{{ g.data.description | dump | safe }},"text":{{ g.content | striptags | dump | safe }}}{% endfor %}]
""",
    "src/sitemap.njk": """---
permalink: /sitemap.xml
eleventyExcludeFromCollections: true
---
<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for p in collections.all %}<url><loc>{{ site.baseUrl }}{{ p.url | replace('/', '', 1) }}</loc>{% if p.data.updated %}<lastmod>{{ p.data.updated }}</lastmod>{% endif %}</url>
{% endfor %}</urlset>
""",
    "src/robots.njk": """---
permalink: /robots.txt
eleventyExcludeFromCollections: true
---
User-agent: *
Allow: /
Sitemap: {{ site.baseUrl }}sitemap.xml
""",
    "eleventy.config.js": """// Eleventy side of the text-only benchmark (bench/gentext.py): Markdown (markdown-it, Eleventy's default,
// with tables) into minimal Nunjucks layouts; one collection per topic for the topic lists and prev/next.
import fs from "node:fs";

export default function (eleventyConfig) {
  const site = JSON.parse(fs.readFileSync("src/_data/site.json", "utf8"));
  const byOrder = (a, b) => a.data.order - b.data.order || a.inputPath.localeCompare(b.inputPath);
  for (const t of site.topics) {
    eleventyConfig.addCollection("t_" + t.slug, (api) =>
      api.getFilteredByGlob(`src/${t.slug}/*.md`).filter((p) => !p.inputPath.endsWith("/index.md")).sort(byOrder));
  }
  eleventyConfig.addCollection("guides", (api) =>
    api.getFilteredByGlob("src/*/*.md").filter((p) => !p.inputPath.endsWith("/index.md")).sort(byOrder));
  eleventyConfig.addPassthroughCopy({ "assets/css": "assets/css" });
  return {
    dir: { input: "src", output: "_site" },
    markdownTemplateEngine: false, // Markdown is Markdown (no Liquid pass over it), as on the other two sides
    htmlTemplateEngine: "njk",
  };
}
""",
    "package.json": '{\n  "private": true,\n  "type": "module"\n}\n',
}


# 2: the guide body in <div class="prose"> (the search index's documented body marker, as in the
# project's theme; without it the index parses each rendered page again to find <main>)
GEN = 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--theme-css", type=Path, default=Path(__file__).resolve().parent.parent / "assets" / "css" / "site.css")
    args = ap.parse_args()
    out = args.out
    if out.exists():
        shutil.rmtree(out)
    topics, guides = plan(args.n, args.seed)
    r = random.Random(args.seed * 7919 + args.n)
    css = args.theme_css.read_text(encoding="utf-8")
    site_title = "Cẩm nang số (thử nghiệm)"
    site_desc = "Bộ bài hướng dẫn sinh tự động để đo tốc độ dựng trang."
    home_body = paragraph(random.Random(args.seed), 3) + "\n"

    ours_link = lambda src, dst: (f"{dst.slug}.md" if src.topic is dst.topic else f"../{dst.topic.slug}/{dst.slug}.md")
    url_link = lambda src, dst: f"../../{dst.topic.slug}/{dst.slug}/"
    total_words = 0
    for g in guides:
        state = r.getstate()
        b_ours = body(r, g, guides, ours_link)
        r.setstate(state)
        b_url = body(r, g, guides, url_link)
        total_words += words(b_ours)
        day = 1 + g.idx % 28
        fm = (f"title: {q(g.title)}\ndescription: {q(g.desc)}\ndate: 2026-0{1 + g.idx % 9}-{day:02d}\n"
              f"updated: 2026-10-{day:02d}\norder: {g.order}\ntags: [{q(fold(g.topic.name).split('-')[0])}, \"hướng dẫn\"]\n")
        write(out / "camnang" / "content" / g.topic.slug / f"{g.slug}.md", f"---\n{fm}---\n\n{b_ours}")
        write(out / "hugo" / "content" / g.topic.slug / f"{g.slug}.md", f"---\n{fm}weight: {g.order}\n---\n\n{b_url}")
        write(out / "eleventy" / "src" / g.topic.slug / f"{g.slug}.md", f"---\n{fm}layout: guide.njk\n---\n\n{b_url}")
    for t in topics:
        tb = paragraph(random.Random(t.i), 2) + "\n"
        fm = f"title: {q(t.name)}\ndescription: {q('Các bài hướng dẫn về ' + t.name.lower() + '.')}\norder: {t.i}\n"
        write(out / "camnang" / "content" / t.slug / "index.md", f"---\n{fm}---\n\n{tb}")
        write(out / "hugo" / "content" / t.slug / "_index.md", f"---\n{fm}weight: {t.i}\n---\n\n{tb}")
        write(out / "eleventy" / "src" / t.slug / "index.md", f"---\n{fm}layout: topic.njk\ntopic: {t.slug}\n---\n\n{tb}")
        write(out / "eleventy" / "src" / t.slug / f"{t.slug}.11tydata.json",
              json.dumps({"topic": t.slug, "topicTitle": t.name}, ensure_ascii=False) + "\n")
    home_fm = f"title: {q(site_title)}\ndescription: {q(site_desc)}\n"
    write(out / "camnang" / "content" / "index.md", f"---\n{home_fm}---\n\n{home_body}")
    write(out / "hugo" / "content" / "_index.md", f"---\n{home_fm}---\n\n{home_body}")
    write(out / "eleventy" / "src" / "index.md", f"---\n{home_fm}layout: home.njk\n---\n\n{home_body}")

    # ours: minimal templates, and the same content without templates/ (the project's own theme)
    yaml = (f"title: {q(site_title)}\ndescription: {q(site_desc)}\nbaseUrl: {q(BASE_URL)}\nlanguage: vi\nlocale: vi_VN\n"
            f"author: \"Bench\"\n")
    write(out / "camnang" / "site.yaml", yaml)
    theme = out / "camnang-theme"
    shutil.copytree(out / "camnang", theme)
    minimal = out / "camnang-min"
    (out / "camnang").rename(minimal)
    for name, text in MIN_OURS.items():
        write(minimal / "templates" / name, text)

    # Hugo
    write(out / "hugo" / "hugo.toml",
          f'baseURL = "{BASE_URL}"\nlanguageCode = "vi"\ntitle = {q(site_title)}\n'
          'disableKinds = ["taxonomy", "term", "RSS"]\nenableRobotsTXT = true\n'
          f"[params]\ndescription = {q(site_desc)}\n"
          '[outputs]\nhome = ["HTML", "JSON"]\nsection = ["HTML"]\npage = ["HTML"]\n')
    for name, text in MIN_HUGO.items():
        write(out / "hugo" / name, text)
    write(out / "hugo" / "assets" / "css" / "site.css", css)

    # Eleventy
    for name, text in MIN_ELEVENTY.items():
        write(out / "eleventy" / name, text)
    write(out / "eleventy" / "assets" / "css" / "site.css", css)
    write(out / "eleventy" / "src" / "_data" / "site.json",
          json.dumps({"title": site_title, "description": site_desc, "baseUrl": BASE_URL,
                      "topics": [{"slug": t.slug, "title": t.name} for t in topics]}, ensure_ascii=False, indent=1) + "\n")

    manifest = {"n": args.n, "seed": args.seed, "gen": GEN, "topics": len(topics), "words": total_words,
                "wordsPerGuide": total_words / len(guides), "guidePaths": [g.url.rstrip("/") for g in guides],
                "topicPaths": [t.slug for t in topics], "knownGuide": guides[0].url.rstrip("/"), "knownPhrase": KNOWN_PHRASE}
    write(out / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    print(f"{args.n} guides, {len(topics)} topics, {total_words / len(guides):.0f} words per guide -> {out}")


if __name__ == "__main__":
    main()
