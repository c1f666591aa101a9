package vn.camnang.template;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.camnang.config.SiteConfig;
import vn.camnang.content.DataItem;
import vn.camnang.content.FrontMatter;
import vn.camnang.content.Page;
import vn.camnang.content.Provenance;
import vn.camnang.content.SiteContent;
import vn.camnang.content.Topic;
import vn.camnang.util.Slugs;

/**
 * Builds what templates see, from records, once per build. Maps only at this boundary; all of them
 * read-only. Names follow JBake where JBake has one ({@code content}, {@code config}, {@code
 * published_posts}, {@code published_pages}, {@code published_content}, {@code all_content}, {@code
 * tags}, {@code data}) and ours otherwise ({@code site}, {@code page}, {@code topics}, {@code root},
 * {@code asset}).
 *
 * <p>Every URL in the model is relative to the site root ({@code "vssid/dang-ky/"}); templates
 * prefix it with {@code root} ({@code "../../"}), so the output works at a domain root, under a
 * sub-path and from {@code file://}.
 */
public final class ModelBuilder {
  public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SiteConfig config;
  private final SiteContent content;
  private final Map<String, Object> shared;
  private final Map<Page, Map<String, Object>> pageMaps;
  private final Map<String, Map<String, Object>> topicMaps;
  private final Function<Page, Map<String, Object>> share;

  /**
   * @param pageImage a page's cover image as a site-relative URL, or null
   * @param iconUrl a topic icon name as a site-relative URL, or null
   * @param assets logical asset path ({@code "css/site.css"}) → written path ({@code
   *     "assets/css/site.1a2b3c4d.css"})
   * @param data data files by name, already loaded
   * @param share a page's {@code share} map; its preview picture ({@code image…}) must be looked up
   *     only when read (a guide's card needs its rendered body): lists read other keys only
   */
  public ModelBuilder(
      SiteConfig config,
      SiteContent content,
      Function<Page, String> pageImage,
      Function<String, String> iconUrl,
      Map<String, String> assets,
      Map<String, Object> data,
      Function<Page, Map<String, Object>> share) {
    this.config = config;
    this.content = content;
    this.share = share;
    this.pageMaps = new HashMap<>();
    for (Page p : content.pages()) {
      pageMaps.put(p, pageMap(p, pageImage.apply(p)));
    }
    this.topicMaps = new LinkedHashMap<>();
    List<Object> topics = new ArrayList<>();
    for (Topic t : content.topics()) {
      Map<String, Object> m = new LinkedHashMap<>(pageMaps.get(t.page()));
      m.put("guides", t.guides().stream().map(pageMaps::get).toList());
      m.put("count", t.guides().size());
      String icon = t.page().meta().icon();
      m.put("iconUrl", icon == null ? null : iconUrl.apply(icon));
      Map<String, Object> ro = Collections.unmodifiableMap(m);
      topicMaps.put(t.slug(), ro);
      topics.add(ro);
    }
    Map<String, Object> s = new HashMap<>();
    s.put("site", siteMap());
    s.put("config", config.raw());
    s.put("topics", List.copyOf(topics));
    List<Page> guides = content.guides();
    Comparator<Page> newest =
        Comparator.comparing(
                (Page p) -> p.meta().updated() == null ? LocalDate.MIN : p.meta().updated())
            .reversed()
            .thenComparing(Page::url);
    List<Object> posts = guides.stream().sorted(newest).map(pageMaps::get).map(x -> (Object) x).toList();
    s.put("published_posts", posts);
    s.put("latest", posts.subList(0, Math.min(6, posts.size())));
    List<Object> pagesList = new ArrayList<>();
    for (Topic t : content.topics()) {
      pagesList.add(pageMaps.get(t.page()));
    }
    content.standalone().forEach(p -> pagesList.add(pageMaps.get(p)));
    s.put("published_pages", List.copyOf(pagesList));
    List<Object> all = content.pages().stream().map(pageMaps::get).map(x -> (Object) x).toList();
    s.put("published_content", all);
    s.put("all_content", all);
    s.put("tags", tags(guides));
    s.put(
        "data_pages",
        content.pages().stream()
            .filter(p -> p.kind() == Page.Kind.DATA)
            .map(pageMaps::get)
            .map(x -> (Object) x)
            .toList());
    s.put("asset", Map.copyOf(assets));
    s.put("data", dataModel(data));
    this.shared = Collections.unmodifiableMap(s);
  }

  private Map<String, Object> siteMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", config.title());
    m.put("description", config.description());
    m.put("baseUrl", config.baseUrl() == null ? "" : config.baseUrl());
    m.put("lang", config.language());
    m.put("locale", config.locale());
    m.put("author", config.author() == null ? "" : config.author());
    m.put("offline", config.feature("offline")); // features: {offline: false}: no worker, no manifest
    return Collections.unmodifiableMap(m);
  }

  /**
   * A page made from data as its template sees it among the other pages ({@code p.item} in a list
   * of {@code data_pages}): the names it has always had there.
   */
  private static Map<String, Object> dataFields(Page p) {
    DataItem d = p.data();
    Map<String, Object> f = new LinkedHashMap<>();
    if (d.walkthrough() != null) {
      Map<String, Object> w = new LinkedHashMap<>();
      w.put("url", d.walkthrough().url());
      w.put("fragment", d.walkthrough().fragment());
      w.put("line", d.walkthrough().line());
      f.put("walkthrough", Collections.unmodifiableMap(w));
    }
    f.put("title", p.title());
    f.put("description", p.meta().description() == null ? "" : p.meta().description());
    f.put("template", d.template());
    f.put("item", d.item());
    f.put("related", d.related());
    if (d.parent() != null) {
      f.put("parent", d.parent());
    }
    return f;
  }

  private Map<String, Object> pageMap(Page p, String image) {
    Map<String, Object> m = new LinkedHashMap<>();
    // Unknown front-matter fields first, so ours win on a name clash.
    p.meta().fields().forEach((k, v) -> m.put(k.replace('-', '_'), v));
    if (p.data() != null) {
      dataFields(p).forEach(m::put);
    }
    m.put("title", p.title() == null ? config.title() : p.title());
    m.put("description", p.meta().description() == null ? "" : p.meta().description());
    m.put("url", p.url());
    m.put("uri", p.url());
    m.put("noExtensionUri", p.url());
    m.put("file", p.sourcePath());
    m.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
    m.put("type", p.meta().type() != null ? p.meta().type() : p.kind() == Page.Kind.GUIDE ? "post" : "page");
    m.put("status", "published");
    m.put("slug", p.slug());
    m.put("topic", p.topic());
    m.put("order", p.meta().order());
    m.put("tags", p.meta().tags());
    m.put("aliases", p.meta().aliases());
    m.put("image", image);
    m.put("share", share.apply(p));
    // every header field as the author wrote it, names included: page.params.topic, page.params.image
    // (a page made from data: its item's facts under the names they have always had)
    m.put("params", p.data() != null ? Collections.unmodifiableMap(dataFields(p)) : p.meta().fields());
    putDate(m, "date", p.meta().date());
    putDate(m, "updated", p.meta().updated());
    putProvenance(m, p.meta().provenance());
    return Collections.unmodifiableMap(m);
  }

  /**
   * {@code sources} (always a list: title, url, host, readText, readIso) and {@code verified} (only
   * when a check was recorded: dateText, dateIso, how, by). Templates show "Đã kiểm tra" only from
   * {@code verified}, so a page can never claim a check its header does not record.
   */
  private static void putProvenance(Map<String, Object> m, Provenance provenance) {
    List<Object> sources = new ArrayList<>();
    for (Provenance.Source s : provenance.sources()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("title", s.title());
      sm.put("url", s.url());
      sm.put("host", s.url().replaceFirst("(?i)^https?://(www\\.)?", "").replaceFirst("[/?#].*$", ""));
      putDate(sm, "read", s.read());
      sources.add(Collections.unmodifiableMap(sm));
    }
    m.put("sources", List.copyOf(sources));
    m.remove("verified");
    Provenance.Verification v = provenance.verified();
    if (v != null) {
      Map<String, Object> vm = new LinkedHashMap<>();
      putDate(vm, "date", v.date());
      vm.put("how", v.how());
      vm.put("by", v.by());
      m.put("verified", Collections.unmodifiableMap(vm));
    }
  }

  private static void putDate(Map<String, Object> m, String key, LocalDate d) {
    if (d == null) {
      m.remove(key);
      m.put(key + "Text", "");
      m.put(key + "Iso", "");
      return;
    }
    m.put(key, Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
    m.put(key + "Text", VN_DATE.format(d));
    m.put(key + "Iso", d.toString());
  }

  private List<Object> tags(List<Page> guides) {
    Map<String, List<Object>> byTag = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    for (Page g : guides) {
      for (String t : g.meta().tags()) {
        String slug = Slugs.slugify(t);
        if (slug.isEmpty()) {
          continue;
        }
        names.putIfAbsent(slug, t);
        byTag.computeIfAbsent(slug, k -> new ArrayList<>()).add(pageMaps.get(g));
      }
    }
    List<Object> out = new ArrayList<>();
    byTag.forEach(
        (slug, posts) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", names.get(slug));
          m.put("slug", slug);
          m.put("tagged_posts", List.copyOf(posts));
          m.put("tagged_documents", List.copyOf(posts));
          m.put("count", posts.size());
          out.add(Collections.unmodifiableMap(m));
        });
    return List.copyOf(out);
  }

  private static Map<String, Object> dataModel(Map<String, Object> data) {
    Map<String, Object> m = new LinkedHashMap<>(data);
    TemplateMethodModelEx get =
        args -> {
          if (args.size() != 1) {
            throw new TemplateModelException("data.get takes one file name, e.g. data.get('x.yaml')");
          }
          String name = ((TemplateModel) args.get(0)).toString();
          if (args.get(0) instanceof SimpleScalar sc) {
            name = sc.getAsString();
          }
          Object v = data.get(name);
          if (v == null) {
            throw new TemplateModelException("no data file '" + name + "' in data/");
          }
          return v;
        };
    m.put("get", get);
    return Collections.unmodifiableMap(m);
  }

  /** The full model for one page, with its rendered body. */
  public Map<String, Object> forPage(Page page, String bodyHtml) {
    Map<String, Object> m = new HashMap<>(shared);
    Map<String, Object> known = pageMaps.get(page);
    Map<String, Object> c = new LinkedHashMap<>(known != null ? known : pageMap(page, null));
    c.put("body", markup(bodyHtml == null ? "" : bodyHtml));
    // its share data afresh: the preview picture is read from what this render found in the body
    c.put("share", share.apply(page));
    c.put("rootpath", page.root());
    Map<String, Object> cro = Collections.unmodifiableMap(c);
    m.put("content", cro);
    m.put("page", cro);
    m.put("root", page.root());
    content.topicOf(page).ifPresent(t -> m.put("topic", topicMaps.get(t.slug())));
    if (page.kind() == Page.Kind.DATA && page.data() != null) {
      DataItem d = page.data();
      m.put("item", d.item());
      List<Object> related = new ArrayList<>();
      for (String u : d.related()) {
        Page p = content.byUrl().get(u);
        if (p != null) {
          related.add(pageMaps.get(p));
        }
      }
      m.put("related", List.copyOf(related));
      if (d.walkthrough() != null) {
        Page guide = content.byUrl().get(d.walkthrough().url());
        if (guide != null) {
          Map<String, Object> wm = new LinkedHashMap<>();
          String fragment = d.walkthrough().fragment();
          wm.put("url", guide.url() + (fragment.isEmpty() ? "" : "#" + fragment));
          wm.put("title", guide.title());
          m.put("walkthrough", Collections.unmodifiableMap(wm));
        }
      }
      Page parent = d.parent() == null ? null : content.byUrl().get(d.parent());
      if (parent != null) {
        m.put("parent", pageMaps.get(parent));
      }
    }
    content.previous(page).ifPresent(p -> m.put("prev", pageMaps.get(p)));
    content.next(page).ifPresent(p -> m.put("next", pageMaps.get(p)));
    return m;
  }

  /**
   * The model for a page written at {@code folderUrl} on behalf of {@code target} (a redirect from
   * an old or short link, a printable handout): {@code content} is the target page, {@code root}
   * and relative links are computed from where the file is written.
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> forPageAt(Page target, String folderUrl) {
    Map<String, Object> m = forPage(target, "");
    int depth = (int) folderUrl.chars().filter(c -> c == '/').count();
    String root = depth == 0 ? "./" : "../".repeat(depth);
    Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) m.get("content"));
    c.put("rootpath", root);
    m.put("content", Collections.unmodifiableMap(c));
    m.put("page", m.get("content"));
    m.put("root", root);
    return m;
  }

  /** The model for a page that is not a content page (404): root-relative links from the top. */
  public Map<String, Object> forSpecial(String title, String root, String url) {
    Map<String, Object> m = new HashMap<>(shared);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("title", title);
    c.put("description", config.description());
    c.put("url", url);
    FrontMatter fm = FrontMatter.minimal(title, config.description());
    c.put(
        "share",
        share.apply(
            new Page(Page.Kind.PAGE, content.contentDir().resolve(url + "index.md"), url + "index.md",
                url, null, url.replace("/", ""), fm, "", 1)));
    c.put("kind", "special");
    c.put("rootpath", root);
    c.put("body", markup(""));
    m.put("content", Collections.unmodifiableMap(c));
    m.put("page", m.get("content"));
    m.put("root", root);
    return m;
  }

  /** HTML that templates print as is (not escaped again): rendered page bodies. */
  public static Object markup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }
}
