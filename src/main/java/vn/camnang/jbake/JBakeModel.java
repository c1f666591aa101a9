package vn.camnang.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;

/**
 * What the templates of a JBake project see, with JBake's names, built once per build from {@link
 * JBakeContent} and the rendered bodies:
 *
 * <ul>
 *   <li>{@code content}: the page ({@code title}, {@code date} as a {@code java.util.Date}, {@code
 *       tags}, {@code body}, {@code uri}, {@code noExtensionUri}, {@code rootpath}, {@code type},
 *       {@code status}, {@code nextContent}/{@code previousContent}, every header field); on index,
 *       tag, archive, feed and sitemap pages only {@code type} and {@code rootpath}
 *   <li>{@code config.<key>} ({@code config.site_host}, {@code config.feed_file} …), {@code
 *       version}
 *   <li>{@code published_posts}, {@code published_pages}, {@code published_content}, {@code
 *       published_<type>s}, {@code all_content}, {@code posts}, {@code pages}, {@code <type>s}
 *   <li>{@code tags} (each {@code name}, {@code uri}, {@code tagged_posts}, {@code
 *       tagged_documents}), {@code alltags}; on a tag page {@code tag}, {@code tag_posts}, {@code
 *       tagged_documents}
 *   <li>on index pages with {@code index.paginate}: {@code currentPageNumber}, {@code
 *       numberOfPages}, {@code nextFileName}, {@code previousFileName}, and {@code published_posts}
 *       holding that page's posts
 *   <li>{@code published_date}, {@code data.get('file.yaml')}, and {@code db}: a read-only stand-in
 *       for JBake's content store ({@code db.getPublishedPosts()}, {@code
 *       db.getPublishedPostsByTag(tag)} …)
 * </ul>
 *
 * <p>Unlike JBake, {@code rootpath} is right at every depth ({@code ./} at the top), and {@code
 * published_date} is the newest published date rather than the clock, so two builds give the same
 * bytes.
 */
public final class JBakeModel {
  /** What {@code version} prints (JBake prints its own version). */
  public static final String VERSION = "camnang";

  private final JBakeConfig config;
  private final JBakeContent content;
  private final Map<JBakeDocument, Map<String, Object>> docs = new HashMap<>();
  private final Map<JBakeDocument, String> ownBodies;
  private final Map<String, Object> shared;
  private final ObjectWrapper wrapper = JBakeModels.wrapper();

  /**
   * @param ownBodies each document's body as HTML for its own page ({@code content.body})
   * @param shownBodies the same for the pages that list documents ({@code post.body} on the index,
   *     tag pages, the feed): links resolved from the site's root path
   * @param data the data files by name ({@link JBakeData})
   */
  public JBakeModel(
      JBakeConfig config,
      JBakeContent content,
      Map<JBakeDocument, String> ownBodies,
      Map<JBakeDocument, String> shownBodies,
      Map<String, Object> data) {
    this.config = config;
    this.content = content;
    this.ownBodies = Map.copyOf(ownBodies);
    for (JBakeDocument d : content.documents()) {
      docs.put(d, docMap(d, shownBodies.getOrDefault(d, "")));
    }
    Map<String, Object> s = new HashMap<>();
    s.put("config", config.model());
    s.put("version", config.isSet("version") ? config.get("version") : VERSION);
    for (String type : config.documentTypes()) {
      s.put("published_" + type + "s", maps(content.published(type)));
      s.put(type + "s", maps(content.ofType(type)));
    }
    s.put("published_content", maps(byType(content.published())));
    s.put("all_content", maps(byType(content.documents())));
    s.put("tags", tags());
    s.put("alltags", List.copyOf(content.tags().keySet()));
    s.put("tag_posts", List.of());
    s.put("tagged_documents", List.of());
    s.put("published_date", Date.from(publishedDate()));
    s.put("data", new DataModel(data));
    this.shared = Collections.unmodifiableMap(s);
  }

  /** The object wrapper the template engine must use for these models. */
  public ObjectWrapper wrapper() {
    return wrapper;
  }

  /** The model of a document's own page. */
  public Map<String, Object> forDocument(JBakeDocument doc) {
    Map<String, Object> m = new HashMap<>(shared);
    Map<String, Object> c = new LinkedHashMap<>(docs.get(doc));
    c.put("body", ownBodies.getOrDefault(doc, ""));
    List<JBakeDocument> siblings = content.published(doc.type());
    int i = siblings.indexOf(doc);
    if (i > 0) {
      c.put("nextContent", nav(siblings.get(i - 1)));
    }
    if (i >= 0 && i + 1 < siblings.size()) {
      c.put("previousContent", nav(siblings.get(i + 1)));
    }
    m.put("content", Collections.unmodifiableMap(c));
    m.put("db", new Db(null));
    return m;
  }

  /**
   * The model of a page made from a template alone (index, archive, feed, sitemap, tags index,
   * 404): {@code content} holds {@code type} and {@code rootpath}.
   *
   * @param type JBake's name of the page ({@code masterindex}, {@code archive}, {@code feed} …)
   * @param outputPath where the page is written ({@code rootpath} is computed from it)
   */
  public Map<String, Object> forPage(String type, String outputPath) {
    return special(type, JBakeDocument.rootpathOf(outputPath), true);
  }

  /** Like {@link #forPage}, with the root given ({@code 404.html} uses the site's root path). */
  public Map<String, Object> forPageAt(String type, String rootpath) {
    return special(type, rootpath, true);
  }

  /** One page of the paginated index ({@code index.paginate=true}), 1-based. */
  public Map<String, Object> forIndexPage(int page, int numberOfPages, String outputPath) {
    Map<String, Object> m = special("masterindex", JBakeDocument.rootpathOf(outputPath), false);
    List<JBakeDocument> posts = content.published("post");
    int per = config.postsPerPage();
    List<JBakeDocument> slice =
        posts.subList(Math.min(posts.size(), (page - 1) * per), Math.min(posts.size(), page * per));
    m.put("published_posts", maps(slice));
    m.put("db", new Db(slice));
    m.put("currentPageNumber", page);
    m.put("numberOfPages", numberOfPages);
    if (page > 1) {
      m.put("previousFileName", page == 2 ? "" : (page - 1) + "/");
    }
    if (page < numberOfPages) {
      m.put("nextFileName", (page + 1) + "/");
    }
    return m;
  }

  /** A tag's page: {@code tag}, {@code tag_posts}, {@code tagged_documents}. */
  public Map<String, Object> forTag(String tag, String outputPath) {
    Map<String, Object> m = special("tag", JBakeDocument.rootpathOf(outputPath), true);
    List<JBakeDocument> tagged = content.tags().getOrDefault(tag, List.of());
    m.put("tag", tag);
    m.put("tag_posts", maps(tagged.stream().filter(d -> d.type().equals("post")).toList()));
    m.put("tagged_documents", maps(byType(tagged)));
    return m;
  }

  private Map<String, Object> special(String type, String rootpath, boolean pagingDefaults) {
    Map<String, Object> m = new HashMap<>(shared);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("type", type);
    c.put("rootpath", rootpath);
    m.put("content", Collections.unmodifiableMap(c));
    m.put("db", new Db(null));
    if (pagingDefaults && config.paginateIndex()) { // as JBake sets them on every other page
      m.put("numberOfPages", 0);
      m.put("currentPageNumber", 0);
      m.put("previousFileName", "");
      m.put("nextFileName", "");
    }
    return m;
  }

  /** The newest date of a published document (JBake: the clock), or the epoch. */
  private Instant publishedDate() {
    return content.published().stream()
        .map(JBakeDocument::date)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  /**
   * Documents grouped by type as JBake lists them across types (pages, posts, then the other types
   * in the order jbake.properties names them), newest first within a type.
   */
  private List<JBakeDocument> byType(List<JBakeDocument> list) {
    List<String> order = new ArrayList<>(List.of("page", "post"));
    for (String t : config.documentTypes()) {
      if (!order.contains(t)) {
        order.add(t);
      }
    }
    List<JBakeDocument> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt(d -> order.indexOf(d.type())));
    return out;
  }

  private Map<String, Object> docMap(JBakeDocument d, String body) {
    Map<String, Object> m = new LinkedHashMap<>(d.fields());
    m.put("type", d.type());
    m.put("status", d.status());
    m.put("date", Date.from(d.date()));
    if (d.tags() != null) {
      m.put("tags", d.tags());
    }
    m.put("uri", d.uri());
    m.put("sourceuri", d.uri());
    if (d.noExtensionUri() != null) {
      m.put("noExtensionUri", d.noExtensionUri());
    }
    m.put("rootpath", d.rootpath());
    m.put("file", config.get("content.folder") + "/" + d.sourcePath());
    m.put("body", body);
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, Object> nav(JBakeDocument d) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (d.title() != null) {
      m.put("title", d.title());
    }
    m.put("uri", d.uri());
    if (d.noExtensionUri() != null) {
      m.put("noExtensionUri", d.noExtensionUri());
    }
    return Collections.unmodifiableMap(m);
  }

  private List<Object> maps(List<JBakeDocument> list) {
    List<Object> out = new ArrayList<>(list.size());
    for (JBakeDocument d : list) {
      out.add(docs.get(d));
    }
    return Collections.unmodifiableList(out);
  }

  private List<Object> tags() {
    List<Object> out = new ArrayList<>();
    content
        .tags()
        .forEach(
            (tag, tagged) -> {
              Map<String, Object> t = new LinkedHashMap<>();
              t.put("name", tag);
              t.put("uri", JBakeContent.tagUri(config, tag));
              t.put(
                  "tagged_posts",
                  maps(tagged.stream().filter(d -> d.type().equals("post")).toList()));
              t.put("tagged_documents", maps(byType(tagged)));
              out.add(Collections.unmodifiableMap(t));
            });
    return Collections.unmodifiableList(out);
  }

  /**
   * JBake's {@code db} (its content store), read-only: the query methods templates use. Writing
   * methods and anything else are a template error naming the method.
   */
  private final class Db implements TemplateHashModel {
    static final Set<String> METHODS =
        new TreeSet<>(
            List.of(
                "getPublishedPosts",
                "getPublishedPages",
                "getPublishedContent",
                "getAllContent",
                "getPublishedPostsByTag",
                "getPublishedDocumentsByTag",
                "getAllTags",
                "getTags",
                "getPublishedCount",
                "getDocumentCount",
                "getDocumentByUri"));

    /** On a page of the paginated index: that page's posts ({@code getPublishedPosts(true)}). */
    private final List<JBakeDocument> page;

    Db(List<JBakeDocument> page) {
      this.page = page;
    }

    @Override
    public TemplateModel get(String name) throws TemplateModelException {
      TemplateMethodModelEx method =
          switch (name) {
            case "getPublishedPosts" ->
                args ->
                    maps(
                        page != null && JBakeModels.flag(args, 0)
                            ? page
                            : content.published("post"));
            case "getPublishedPages" -> args -> maps(content.published("page"));
            case "getPublishedContent" ->
                args -> maps(content.published(JBakeModels.text(args, 0, "db." + name)));
            case "getAllContent" ->
                args -> maps(content.ofType(JBakeModels.text(args, 0, "db." + name)));
            case "getPublishedPostsByTag" ->
                args ->
                    maps(
                        content
                            .tags()
                            .getOrDefault(JBakeModels.text(args, 0, "db." + name), List.of())
                            .stream()
                            .filter(d -> d.type().equals("post"))
                            .toList());
            case "getPublishedDocumentsByTag" ->
                args ->
                    maps(
                        byType(
                            content
                                .tags()
                                .getOrDefault(JBakeModels.text(args, 0, "db." + name), List.of())));
            case "getAllTags" -> args -> List.copyOf(content.tags().keySet());
            case "getTags" ->
                args -> {
                  Set<String> t = new TreeSet<>();
                  for (JBakeDocument d : content.published("post")) {
                    if (d.tags() != null) {
                      t.addAll(d.tags());
                    }
                  }
                  return List.copyOf(t);
                };
            case "getPublishedCount" ->
                args ->
                    new SimpleNumber(
                        content.published(JBakeModels.text(args, 0, "db." + name)).size());
            case "getDocumentCount" ->
                args ->
                    new SimpleNumber(
                        content.ofType(JBakeModels.text(args, 0, "db." + name)).size());
            case "getDocumentByUri" ->
                args -> {
                  String uri = JBakeModels.text(args, 0, "db." + name);
                  return maps(
                      content.documents().stream().filter(d -> d.uri().equals(uri)).toList());
                };
            default -> null;
          };
      if (method == null) {
        throw new TemplateModelException(
            "db."
                + name
                + " is not available: the db of a build without JBake is read-only and"
                + " answers "
                + String.join(", ", METHODS));
      }
      return method;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  /** JBake's {@code data}: {@code data.get('authors.yaml')}; also {@code data['authors.yaml']}. */
  private final class DataModel implements TemplateHashModel {
    private final Map<String, Object> data;

    DataModel(Map<String, Object> data) {
      this.data = data;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      if (key.equals("get")) {
        return (TemplateMethodModelEx)
            args -> {
              String name = JBakeModels.text(args, 0, "data.get");
              Object v = data.get(name);
              if (v == null) {
                throw new TemplateModelException(
                    "no data file '"
                        + name
                        + "' in data/ (there are: "
                        + (data.isEmpty() ? "none" : String.join(", ", data.keySet()))
                        + ")");
              }
              return v;
            };
      }
      Object v = data.get(key);
      return v == null ? null : wrapper.wrap(v);
    }

    @Override
    public boolean isEmpty() {
      return data.isEmpty();
    }
  }
}
