package vn.camnang.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.WhiteSpace;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * Markdown to HTML with flexmark: GFM tables, strikethrough, autolinks, attributes ({@code
 * {.class}}) and admonitions rendered as accessible callouts. One instance per build: flexmark's
 * {@link Parser} and {@link HtmlRenderer} are immutable and thread-safe, so pages render in
 * parallel through the same engine.
 *
 * <p>Heading ids are not made here: the HTML stage gives every heading an ASCII id.
 */
public final class MarkdownEngine {
  private final Parser parser;
  /**
   * The same parser without the autolink extension, for pages in which it cannot find a link (no
   * {@code ://}, {@code www}, {@code @}, entity or backslash escape: {@link #mayAutolink}); its
   * post-processor scans every text node of a page. Null when the engine has no autolinks.
   */
  private final Parser withoutAutolinks;

  private final HtmlRenderer renderer;

  public MarkdownEngine() {
    this(
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            AttributesExtension.create(),
            new CalloutRenderer.Extension()),
        "\n");
  }

  /**
   * Markdown as JBake projects write it: GFM tables, strikethrough and autolinks, but no {@code
   * {.class}} attributes or callouts (text in braces stays text).
   *
   * @param hardWraps every line break inside a paragraph becomes {@code <br />} (JBake's default
   *     {@code HARDWRAPS} extension)
   */
  public static MarkdownEngine forJBake(boolean hardWraps) {
    return new MarkdownEngine(
        List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()),
        hardWraps ? "<br />\n" : "\n");
  }

  private MarkdownEngine(List<Extension> extensions, String softBreak) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, extensions);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(Parser.SPACE_IN_LINK_URLS, true);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, softBreak);
    options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
    this.parser = Parser.builder(options).build();
    List<Extension> others = extensions.stream().filter(e -> !(e instanceof AutolinkExtension)).toList();
    if (others.size() < extensions.size()) {
      MutableDataSet plain = new MutableDataSet(options);
      plain.set(Parser.EXTENSIONS, others);
      this.withoutAutolinks = Parser.builder(plain).build();
    } else {
      this.withoutAutolinks = null;
    }
    // Only ids written in Markdown ({#id}) are rendered here; the HTML stage makes the rest from the
    // heading text. flexmark's own generator would make (different) ids for every heading.
    HtmlIdGenerator explicitOnly =
        new HtmlIdGenerator() {
          @Override
          public void generateIds(Document document) {}

          @Override
          public String getId(Node node) {
            return node instanceof AnchorRefTarget t && t.isExplicitAnchorRefId() ? t.getAnchorRefId() : null;
          }

          @Override
          public String getId(CharSequence text) {
            return null;
          }
        };
    this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(
                new HeaderIdGeneratorFactory() {
                  @Override
                  public HtmlIdGenerator create(LinkResolverContext context) {
                    return explicitOnly;
                  }

                  @Override
                  public HtmlIdGenerator create() {
                    return explicitOnly;
                  }
                })
            .nodeRendererFactory(options1 -> new PlainText())
            .build();
  }

  /**
   * flexmark's own rendering of a text node ({@code html.text(normalizeEOL(chars.unescape()))}),
   * without the regular expression {@code unescape} runs over every text to learn whether it holds
   * a {@code \} or {@code &}: when it holds neither, {@code unescape} returns the text as it is,
   * so the same string is written. Others go to flexmark's renderer.
   */
  static final class PlainText implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
      String text = node.getChars().toString();
      if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) {
        html.text(Escaping.normalizeEOL(text));
      } else {
        context.delegateRender();
      }
    }
  }

  /**
   * Renders one page body. Every link, image and reference URL goes through {@code links} first.
   */
  public String render(String markdown, LinkRewriter links) {
    return renderPage(markdown, links).html();
  }

  /**
   * One rendered page body and whether its Markdown held only {@link #PLAIN} structures.
   *
   * @param html flexmark's HTML
   * @param plain true when every node of the page is of a {@link #PLAIN} type: no raw HTML, no
   *     images (the HTML stage may then take its one-pass path)
   */
  public record Rendered(String html, boolean plain) {}

  /** {@link #render}, telling also whether the page is {@link Rendered#plain}. */
  public Rendered renderPage(String markdown, LinkRewriter links) {
    Parser p = withoutAutolinks == null || mayAutolink(markdown) ? parser : withoutAutolinks;
    Document document = p.parse(markdown);
    keepPlaceholdersAsText(document);
    boolean plain = rewrite(document, new Lines(document.getChars().getBaseSequence()), links);
    return new Rendered(renderer.render(document), plain);
  }

  /**
   * The node types of a plain page: text structures whose HTML the one-pass path of the HTML stage
   * reads (it still refuses what it does not know); raw HTML, images and anything else are not.
   */
  private static final Set<Class<?>> PLAIN =
      Set.of(
          Document.class, Paragraph.class, Heading.class, Text.class, TextBase.class, SoftLineBreak.class,
          HardLineBreak.class, Emphasis.class, StrongEmphasis.class, Code.class, FencedCodeBlock.class,
          IndentedCodeBlock.class, CodeBlock.class, BlockQuote.class, BulletList.class, OrderedList.class,
          BulletListItem.class, OrderedListItem.class, ThematicBreak.class, Link.class, LinkRef.class,
          Reference.class, AutoLink.class, MailLink.class, HtmlEntity.class, WhiteSpace.class, BlankLine.class,
          TableBlock.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class,
          TableSeparator.class, Strikethrough.class, AdmonitionBlock.class, AttributesNode.class,
          AttributeNode.class);

  /**
   * False when flexmark's autolink extension cannot find a link in {@code markdown}: it links
   * {@code scheme://…}, {@code www.…} and e-mail addresses ({@code @}), in text after entities
   * ({@code &#64;}) and backslash escapes are undone, so any {@code &} or {@code \\} counts too.
   */
  static boolean mayAutolink(String markdown) {
    if (markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.indexOf('\\') >= 0
        || markdown.contains("://")) {
      return true;
    }
    for (int at = markdown.indexOf('.'); at >= 0; at = markdown.indexOf('.', at + 1)) {
      if (at >= 3 && markdown.regionMatches(true, at - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** {@code <name} or {@code </name} at the start of a piece of inline HTML. */
  private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9-]*)");

  /**
   * Text in angle brackets whose name is no HTML element ({@code <ma so BHXH>}, {@code Option<T>},
   * {@code <ten>}) is what the author typed, not a tag: it becomes text, shown with its brackets.
   * Real elements stay HTML (and the safelist still judges them).
   */
  private void keepPlaceholdersAsText(Document document) {
    List<Node> inline = new ArrayList<>();
    List<HtmlBlock> blocks = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof HtmlInline && !isElement(node.getChars())) {
        inline.add(node);
      } else if (node instanceof HtmlBlock b && !isElement(b.getChars())) {
        blocks.add(b);
      }
    }
    for (Node node : inline) {
      node.insertBefore(new Text(node.getChars()));
      node.unlink();
    }
    for (HtmlBlock block : blocks) {
      block.insertBefore(placeholderParagraph(block));
      block.unlink();
    }
  }

  /** True when {@code html} starts with a tag whose name is an HTML element (or is no tag at all). */
  static boolean isElement(CharSequence html) {
    Matcher m = TAG_NAME.matcher(html);
    return !m.find() || Tag.isKnownTag(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** A block that starts with {@code <ten>} alone on a line: the same text as a paragraph. */
  private Node placeholderParagraph(HtmlBlock block) {
    String text = block.getChars().toString().replace("<", "\\<");
    Paragraph paragraph = new Paragraph();
    // the same line numbers as in the page: pad the text with the lines before it
    Document sub = parser.parse("\n".repeat(block.getStartLineNumber()) + text);
    for (Node child : sub.getChildren()) {
      for (Node inline : child.getChildren()) {
        paragraph.appendChild(inline);
      }
    }
    return paragraph;
  }

  /** Rewrites the links of {@code root}; returns whether every node is of a {@link #PLAIN} type. */
  private boolean rewrite(Node root, Lines lines, LinkRewriter links) {
    Map<Node, String> written = new HashMap<>(); // reference definitions' URLs before rewriting
    boolean plain = true;
    for (Node node : root.getDescendants()) {
      plain = plain && PLAIN.contains(node.getClass());
      if (node instanceof Image img) {
        links.image(img.getUrl().unescape(), lines.of(node));
        img.setUrl(
            replaced(img.getUrl(), links.rewrite(img.getUrl().unescape(), lines.of(node), true, img.getText().unescape())));
      } else if (node instanceof Link link) {
        link.setUrl(
            replaced(link.getUrl(), links.rewrite(link.getUrl().unescape(), lines.of(node), false, link.getText().unescape())));
      } else if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlInnerBlock) {
        links.rawHtml(node.getChars().toString(), lines.of(node));
      } else if (node instanceof ImageRef imageRef && root instanceof Document document) {
        Reference ref = imageRef.getReferenceNode(document);
        if (ref != null) {
          links.image(written.getOrDefault(ref, ref.getUrl().unescape()), lines.of(node));
        }
      } else if (node instanceof Reference ref) {
        written.put(ref, ref.getUrl().unescape());
        ref.setUrl(replaced(ref.getUrl(), links.rewrite(ref.getUrl().unescape(), lines.of(node), false, "")));
      }
    }
    return plain;
  }

  private static BasedSequence replaced(BasedSequence old, String url) {
    return url.equals(old.unescape()) ? old : BasedSequence.of(url);
  }

  /**
   * The 1-based line of a node, as {@code node.getStartLineNumber() + 1} gives it, but found by a
   * binary search in the line ends of the page, listed once: flexmark counts the line breaks from the
   * start of the page again for every node it is asked about.
   */
  static final class Lines {
    /** The offset just after each line break ({@code \n}, {@code \r\n} or {@code \r}), ascending. */
    private final int[] ends;

    private final int count;

    Lines(CharSequence text) {
      int[] found = new int[64];
      int n = 0;
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = i + 1;
        }
      }
      this.ends = found;
      this.count = n;
    }

    /** The 1-based line of {@code node}: one more than the line breaks that end at or before its start. */
    int of(Node node) {
      return at(node.getStartOffset()) + 1;
    }

    /** The 0-based line of {@code offset}: how many line breaks end at or before it. */
    int at(int offset) {
      int low = 0;
      int high = count;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (ends[mid] <= offset) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
