package vn.camnang.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * The standard chain ({@link HtmlPipeline#standard}) for the common body, without parsing it with
 * Jsoup: a scanner over flexmark's output for a page whose Markdown holds only plain text
 * structures (no raw HTML, no images or videos; {@code MarkdownEngine.Rendered#plain}). It reads
 * flexmark's well-formed HTML into a small tree, does what the chain's transformers would do to it
 * (heading ids, table boxes, external links, print URLs) and writes it back as Jsoup writes a body
 * ({@code prettyPrint(false)}), with its {@code h2, h3} texts and its text as Jsoup's {@code
 * eachText()} and {@code text()} give them (their rules taken from Jsoup's own {@link Tag} and
 * {@link StringUtil}).
 *
 * <p>It refuses (returns null, and the page goes through Jsoup) whatever it was not made for: a tag
 * or attribute outside the few flexmark writes for plain Markdown, nesting the HTML parser would
 * rearrange, an entity other than the four flexmark writes, a control character, anything the
 * raw-HTML safelist would clean ({@link RawHtml#unsafe}), an attribute a transformer would change
 * in place. The equivalence of both paths is tested on every page of the bundled site, the test
 * sites and a generated corpus ({@code OnePassTest}).
 */
final class OnePass {
  private OnePass() {}

  /** What it makes: the body as Jsoup writes it, its {@code h2, h3} texts and its text. */
  record Result(String html, List<String> headings, String text) {}

  /** Where an element may stand, by its parent. */
  private enum Kind {
    /** p, h1–h6, ul, ol, blockquote, pre, hr, table, div: in the body, a block quote, a list item, a div. */
    BLOCK,
    /** a, em, strong, code, del, br, span: in text containers. */
    INLINE,
    LIST_ITEM,
    TABLE_SECTION,
    TABLE_ROW,
    TABLE_CELL
  }

  /** Tag facts, looked up once: Jsoup's {@link Tag} for the names flexmark writes. */
  private record Info(String name, Kind kind, boolean block, boolean inline, boolean preserve, boolean isVoid) {}

  private static final Map<String, Info> TAGS = new HashMap<>();

  static {
    for (String n : List.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr", "table", "div")) {
      add(n, Kind.BLOCK);
    }
    for (String n : List.of("a", "em", "strong", "code", "del", "br", "span")) {
      add(n, Kind.INLINE);
    }
    add("li", Kind.LIST_ITEM);
    add("thead", Kind.TABLE_SECTION);
    add("tbody", Kind.TABLE_SECTION);
    add("tr", Kind.TABLE_ROW);
    add("th", Kind.TABLE_CELL);
    add("td", Kind.TABLE_CELL);
  }

  private static void add(String name, Kind kind) {
    if (!RawHtml.SAFELIST.isSafeTag(name)) {
      return; // the cleaner would remove it: such a body goes through Jsoup
    }
    Tag t = Tag.valueOf(name);
    TAGS.put(name, new Info(name, kind, t.isBlock(), t.isInline(), t.preserveWhitespace(), name.equals("br") || name.equals("hr")));
  }

  /** The attributes flexmark writes for plain Markdown (and callouts, and {@code {#id .class}}). */
  private static final Set<String> ATTRIBUTES =
      Set.of("href", "title", "id", "class", "align", "start", "role", "aria-label", "aria-hidden");

  /** Elements with only text or inline children. */
  private static final Set<String> TEXT_CONTAINERS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td");

  private static final Set<String> FORMATTING = Set.of("a", "em", "strong", "code");

  private static final int MAX_DEPTH = 64;

  private static final Info BODY = new Info("body", Kind.BLOCK, true, false, false, false);
  private static final Info WRAPPER = TAGS.get("div");

  /** One element of the small tree. */
  private static final class Node {
    final Info info;
    final Node parent;
    final List<String> attrs = new ArrayList<>(4); // key, value, key, value…
    final List<Object> children = new ArrayList<>(); // String (decoded text) or Node

    Node(Info info, Node parent) {
      this.info = info;
      this.parent = parent;
    }

    String attr(String key) {
      for (int i = 0; i < attrs.size(); i += 2) {
        if (attrs.get(i).equals(key)) {
          return attrs.get(i + 1);
        }
      }
      return null;
    }
  }

  /** Thrown inside the scanner when the input is not what it was made for; never leaves this class. */
  private static final class Refused extends Exception {
    static final Refused INSTANCE = new Refused();

    private Refused() {
      super(null, null, false, false);
    }
  }

  /**
   * The standard chain's body, headings and text for {@code html} (flexmark's output for a plain
   * page), or null when this page must go through Jsoup.
   */
  static Result render(String html, PageContext context) {
    Node body;
    try {
      body = parse(html);
      transform(body, context);
    } catch (Refused e) {
      return null;
    } catch (RuntimeException e) {
      // a case this reader gets wrong must not cost the page: the Jsoup path decides (and throws
      // the same way where the chain itself throws, e.g. a base URL URI.create refuses)
      return null;
    }
    StringBuilder out = new StringBuilder(html.length() + 256);
    for (Object c : body.children) {
      write(c, out);
    }
    List<String> headings = new ArrayList<>();
    collectHeadings(body, headings);
    return new Result(out.toString(), List.copyOf(headings), text(body));
  }

  // --- reading flexmark's output ---

  private static Node parse(String html) throws Refused {
    Node body = new Node(BODY, null);
    Node current = body;
    int depth = 0;
    Map<String, Integer> openFormatting = new HashMap<>();
    int n = html.length();
    int i = 0;
    StringBuilder text = new StringBuilder();
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        i = readText(html, i, text);
        addText(current, text.toString());
        text.setLength(0);
        continue;
      }
      if (i + 1 < n && html.charAt(i + 1) == '/') {
        int end = html.indexOf('>', i + 2);
        if (end < 0 || current == body || !html.regionMatches(i + 2, current.info.name, 0, end - i - 2)
            || current.info.name.length() != end - i - 2) {
          throw Refused.INSTANCE;
        }
        if (FORMATTING.contains(current.info.name)) {
          openFormatting.merge(current.info.name, -1, Integer::sum);
        }
        current = current.parent;
        depth--;
        i = end + 1;
        continue;
      }
      int at = i + 1;
      while (at < n && isNameChar(html.charAt(at))) {
        at++;
      }
      Info info = TAGS.get(html.substring(i + 1, at));
      if (info == null || !allowed(current, info)) {
        throw Refused.INSTANCE;
      }
      Node node = new Node(info, current);
      at = readAttributes(html, at, node);
      boolean selfClosed = html.startsWith(" />", at);
      if (selfClosed) {
        at += 3;
      } else if (at < n && html.charAt(at) == '>') {
        at++;
      } else {
        throw Refused.INSTANCE;
      }
      if (selfClosed != info.isVoid()) {
        throw Refused.INSTANCE;
      }
      checkSafe(node);
      current.children.add(node);
      i = at;
      if (!info.isVoid()) {
        if (info.name().equals("pre") && i < n && html.charAt(i) == '\n') {
          throw Refused.INSTANCE; // the HTML parser drops a line break just after <pre>
        }
        if (FORMATTING.contains(info.name()) && openFormatting.merge(info.name(), 1, Integer::sum) > (info.name().equals("a") ? 1 : 2)) {
          throw Refused.INSTANCE; // a link in a link, or formatting the parser's adoption rules could reorder
        }
        current = node;
        if (++depth > MAX_DEPTH) {
          throw Refused.INSTANCE;
        }
      }
    }
    if (current != body) {
      throw Refused.INSTANCE;
    }
    return body;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** Whether the HTML parser keeps {@code child} where it stands, inside {@code parent}. */
  private static boolean allowed(Node parent, Info child) {
    String p = parent.info.name();
    Kind k = child.kind();
    if (p.equals("pre")) {
      return child.name().equals("code") && parent.children.isEmpty();
    }
    if (p.equals("code") && parent.parent != null && parent.parent.info.name().equals("pre")) {
      return false;
    }
    return switch (p) {
      case "body", "blockquote", "div" -> k == Kind.BLOCK;
      case "li" -> k == Kind.BLOCK || k == Kind.INLINE;
      case "ul", "ol" -> k == Kind.LIST_ITEM;
      case "table" -> k == Kind.TABLE_SECTION;
      case "thead", "tbody" -> k == Kind.TABLE_ROW;
      case "tr" -> k == Kind.TABLE_CELL;
      case "hr", "br" -> false;
      default -> k == Kind.INLINE; // p, h1–h6, th, td and the inline elements
    };
  }

  /** Text is kept where it stands: in text containers, list items, inline elements; elsewhere only white space. */
  private static void addText(Node parent, String text) throws Refused {
    String p = parent.info.name();
    boolean textual =
        TEXT_CONTAINERS.contains(p) || p.equals("li") || parent.info.kind() == Kind.INLINE && !p.equals("br");
    if (p.equals("pre") || !textual && !StringUtil.isBlank(text)) {
      throw Refused.INSTANCE;
    }
    List<Object> children = parent.children;
    if (!children.isEmpty() && children.get(children.size() - 1) instanceof String last) {
      children.set(children.size() - 1, last + text);
    } else {
      children.add(text);
    }
  }

  /** Reads text up to the next {@code <}, decoded, into {@code out}; returns where it stopped. */
  private static int readText(String html, int i, StringBuilder out) throws Refused {
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        break;
      }
      i = readChar(html, i, out);
    }
    return i;
  }

  /** One character or entity of text or of an attribute value. */
  private static int readChar(String html, int i, StringBuilder out) throws Refused {
    char c = html.charAt(i);
    if (c == '&') {
      if (html.startsWith("&amp;", i)) {
        out.append('&');
        return i + 5;
      } else if (html.startsWith("&lt;", i)) {
        out.append('<');
        return i + 4;
      } else if (html.startsWith("&gt;", i)) {
        out.append('>');
        return i + 4;
      } else if (html.startsWith("&quot;", i)) {
        out.append('"');
        return i + 6;
      }
      throw Refused.INSTANCE;
    }
    if (c < ' ' && c != '\n' && c != '\t') {
      throw Refused.INSTANCE; // \r, NUL and controls: the HTML parser changes or encodes them
    }
    if (Character.isSurrogate(c)) {
      if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) {
        out.append(c).append(html.charAt(i + 1));
        return i + 2;
      }
      throw Refused.INSTANCE;
    }
    out.append(c);
    return i + 1;
  }

  /** Reads {@code  key="value"} pairs; returns where they end. */
  private static int readAttributes(String html, int at, Node node) throws Refused {
    int n = html.length();
    StringBuilder value = new StringBuilder();
    while (at < n && html.charAt(at) == ' ' && at + 1 < n && html.charAt(at + 1) != '/') {
      int start = at + 1;
      int eq = start;
      while (eq < n && (isNameChar(html.charAt(eq)) || html.charAt(eq) == '-')) {
        eq++;
      }
      String key = html.substring(start, eq);
      if (!ATTRIBUTES.contains(key) || node.attr(key) != null || !html.startsWith("=\"", eq)) {
        throw Refused.INSTANCE;
      }
      int i = eq + 2;
      while (i < n && html.charAt(i) != '"') {
        if (html.charAt(i) == '<') {
          throw Refused.INSTANCE;
        }
        i = readChar(html, i, value);
      }
      if (i >= n || value.length() == 0 && (key.equals("id") || key.equals("class"))) {
        throw Refused.INSTANCE; // an empty id or class: the transformers treat it as none
      }
      node.attrs.add(key);
      node.attrs.add(value.toString());
      value.setLength(0);
      at = i + 1;
    }
    return at;
  }

  /**
   * The (tag, attribute) pairs of {@link #TAGS} × {@link #ATTRIBUTES} the safelist allows whatever
   * the value: every pair but {@code a href}, the one with protocols, whose value only the safelist
   * itself can judge (it resolves the URL).
   */
  private static final Set<String> SAFE_ATTRIBUTES = new HashSet<>();

  static {
    for (String tag : TAGS.keySet()) {
      for (String key : ATTRIBUTES) {
        Element probe = new Element(Tag.valueOf(tag), RawHtml.BASE_URI);
        if (!(tag.equals("a") && key.equals("href"))
            && RawHtml.SAFELIST.isSafeAttribute(tag, probe, new Attribute(key, "x"))) {
          SAFE_ATTRIBUTES.add(tag + " " + key);
        }
      }
    }
  }

  /** What {@link RawHtml#clean} would act on ({@link RawHtml#unsafe}): then the page goes through Jsoup and its cleaner. */
  private static void checkSafe(Node node) throws Refused {
    boolean link = false;
    for (int i = 0; i < node.attrs.size(); i += 2) {
      String key = node.attrs.get(i);
      if (node.info.name().equals("a") && key.equals("href")) {
        link = !isPlainRelative(node.attrs.get(i + 1));
      } else if (!SAFE_ATTRIBUTES.contains(node.info.name() + " " + key) || RawHtml.runsCode(node.attrs.get(i + 1))) {
        throw Refused.INSTANCE;
      }
    }
    if (link) {
      Attributes attributes = new Attributes();
      for (int i = 0; i < node.attrs.size(); i += 2) {
        attributes.put(node.attrs.get(i), node.attrs.get(i + 1));
      }
      if (RawHtml.unsafe(new Element(Tag.valueOf("a"), RawHtml.BASE_URI, attributes))) {
        throw Refused.INSTANCE;
      }
    }
  }

  /**
   * A relative link of the few characters a rewritten link to a page holds ({@code ../../t/g/#muc}):
   * no scheme, no host ({@code //}), no white space, control character or backslash. The safelist
   * resolves it against its https base, which always gives an https URL: allowed. Other links are
   * asked of the safelist itself.
   */
  static boolean isPlainRelative(String href) {
    if (href.isEmpty() || href.startsWith("//")) {
      return false;
    }
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || c == '/' || c == '-' || c == '_' || c == '~' || c == '#' || c == '%';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // --- the transformers' work ---

  private static void transform(Node body, PageContext context) throws Refused {
    List<Node> elements = new ArrayList<>();
    all(body, elements);
    // Transformers.headingIds
    Set<String> used = new HashSet<>();
    for (Node e : elements) {
      String id = e.attr("id");
      if (id != null) {
        used.add(id);
      }
      String cls = e.attr("class");
      if (cls != null && cls.contains("table-scroll")) {
        throw Refused.INSTANCE;
      }
    }
    for (Node h : elements) {
      String name = h.info.name();
      if (name.length() != 2 || name.charAt(0) != 'h' || name.charAt(1) < '2' || name.charAt(1) > '6' || h.attr("id") != null) {
        continue;
      }
      String id = Transformers.headingId(text(h), used);
      h.attrs.add("id");
      h.attrs.add(id);
    }
    // Transformers.tableScroll
    for (Node t : elements) {
      if (t.info.name().equals("table")) {
        wrap(t);
      }
    }
    // Transformers.externalLinks, then printUrls
    String baseUrl = context.baseUrl();
    URI page = baseUrl == null ? null : URI.create(baseUrl + context.pageUrl());
    for (Node a : elements) {
      if (!a.info.name().equals("a")) {
        continue;
      }
      String href = a.attr("href");
      if (href == null || a.attr("class") != null || a.attr("rel") != null) {
        throw Refused.INSTANCE;
      }
      boolean absolute = href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//");
      if (absolute && (baseUrl == null || !href.startsWith(baseUrl))) {
        a.attrs.add("rel");
        a.attrs.add("noopener noreferrer");
        a.attrs.add("class");
        a.attrs.add("external");
      }
      if (page == null || href.startsWith("#") || Transformers.SCHEME.matcher(href).matches() || href.startsWith("//")) {
        continue;
      }
      try {
        String url = page.resolve(href).toString();
        a.attrs.add("data-url");
        a.attrs.add(url);
      } catch (IllegalArgumentException e) {
        // as printUrls: not a valid relative URL, left as it is
      }
    }
  }

  private static void all(Node node, List<Node> out) {
    for (Object c : node.children) {
      if (c instanceof Node e) {
        out.add(e);
        all(e, out);
      }
    }
  }

  /** {@code table.wrap("<div class=\"table-scroll\" …></div>")}. */
  private static void wrap(Node table) {
    List<Object> siblings = table.parent.children;
    Node box = new Node(WRAPPER, table.parent);
    box.attrs.addAll(List.of("class", "table-scroll", "role", "region", "tabindex", "0", "aria-label", Transformers.TABLE_LABEL));
    box.children.add(table);
    siblings.set(siblings.indexOf(table), box);
  }

  // --- writing, as Jsoup writes a body with prettyPrint(false) ---

  private static void write(Object node, StringBuilder out) {
    if (node instanceof String s) {
      escape(s, out, false);
      return;
    }
    Node e = (Node) node;
    out.append('<').append(e.info.name());
    for (int i = 0; i < e.attrs.size(); i += 2) {
      out.append(' ').append(e.attrs.get(i)).append("=\"");
      escape(e.attrs.get(i + 1), out, true);
      out.append('"');
    }
    out.append('>');
    if (e.info.isVoid()) {
      return;
    }
    for (Object c : e.children) {
      write(c, out);
    }
    out.append("</").append(e.info.name()).append('>');
  }

  /** Jsoup's base escaping for UTF-8 output: {@code & < >} and no-break space; {@code "} in attributes. */
  private static void escape(String s, StringBuilder out, boolean attribute) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\u00a0' -> out.append("&nbsp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }

  // --- text, as Jsoup's Element.text() and Elements.eachText() give it ---

  private static void collectHeadings(Node node, List<String> out) {
    for (Object c : node.children) {
      if (c instanceof Node e) {
        String name = e.info.name();
        if ((name.equals("h2") || name.equals("h3")) && hasText(e)) {
          out.add(text(e));
        }
        collectHeadings(e, out);
      }
    }
  }

  private static boolean hasText(Node node) {
    for (Object c : node.children) {
      if (c instanceof String s ? !StringUtil.isBlank(s) : hasText((Node) c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code Element.text()}: Jsoup's TextAccumulator over this small tree, trimmed. */
  private static String text(Node node) {
    StringBuilder accum = new StringBuilder();
    accumulate(node, null, accum);
    return accum.toString().trim();
  }

  private static void accumulate(Node e, Object next, StringBuilder accum) {
    // head
    if (accum.length() > 0 && (e.info.block() || e.info.name().equals("br")) && !lastIsSpace(accum)) {
      accum.append(' ');
    }
    List<Object> children = e.children;
    for (int i = 0, n = children.size(); i < n; i++) {
      Object c = children.get(i);
      if (c instanceof String s) {
        if (preserveWhitespace(e)) {
          accum.append(s);
        } else {
          StringUtil.appendNormalisedWhitespace(accum, s, lastIsSpace(accum));
        }
      } else {
        accumulate((Node) c, i + 1 < n ? children.get(i + 1) : null, accum);
      }
    }
    // tail
    if (!e.info.inline() && (next instanceof String || next instanceof Node m && m.info.inline()) && !lastIsSpace(accum)) {
      accum.append(' ');
    }
  }

  private static boolean lastIsSpace(StringBuilder accum) {
    return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
  }

  /** Jsoup looks at the text's element and five levels up. */
  private static boolean preserveWhitespace(Node e) {
    for (int i = 0; i < 6 && e != null; i++, e = e.parent) {
      if (e.info.preserve()) {
        return true;
      }
    }
    return false;
  }
}
