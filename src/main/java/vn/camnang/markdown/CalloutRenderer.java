package vn.camnang.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders {@code !!! warning "Không chia sẻ mã OTP"} blocks as accessible callouts instead of
 * flexmark's default (which needs an SVG sprite and a script):
 *
 * <pre>{@code
 * <div class="callout callout-warning" role="note" aria-label="Cảnh báo">
 *   <p class="callout-title"><span class="callout-icon" aria-hidden="true">!</span>
 *   <strong>Không chia sẻ mã OTP</strong></p>
 *   …body…
 * </div>
 * }</pre>
 */
final class CalloutRenderer implements NodeRenderer {
  /** Kind → (Vietnamese label read by screen readers, icon character). */
  private static final Map<String, String[]> KINDS =
      Map.of(
          "note", new String[] {"Lưu ý", "i"},
          "info", new String[] {"Thông tin", "i"},
          "tip", new String[] {"Mẹo", "✓"},
          "success", new String[] {"Mẹo", "✓"},
          "important", new String[] {"Quan trọng", "!"},
          "warning", new String[] {"Cảnh báo", "!"},
          "caution", new String[] {"Cảnh báo", "!"},
          "danger", new String[] {"Nguy hiểm", "!"});

  static String normaliseKind(String info) {
    String k = info == null ? "" : info.trim().toLowerCase(Locale.ROOT);
    return KINDS.containsKey(k) ? k : "note";
  }

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
  }

  private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
    String kind = normaliseKind(node.getInfo().toString());
    String[] label = KINDS.get(kind);
    String title = node.getTitle().unescape().trim();
    if (title.isEmpty()) {
      title = label[0];
    }
    html.line();
    html.attr("class", "callout callout-" + kind)
        .attr("role", "note")
        .attr("aria-label", label[0])
        .withAttr()
        .tag("div")
        .line();
    html.attr("class", "callout-title").withAttr().tag("p");
    html.attr("class", "callout-icon").attr("aria-hidden", "true").withAttr().tag("span");
    html.text(label[1]);
    html.closeTag("span");
    html.raw(" ");
    html.tag("strong").text(title).closeTag("strong");
    html.closeTag("p").line();
    context.renderChildren(node);
    html.closeTag("div").line();
  }

  /**
   * Uses flexmark's admonition block parser with our renderer (flexmark's own renderer also emits
   * an SVG sprite into every page, which we do not want).
   */
  static final class Extension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {}

    /**
     * The admonition options whose defaults flexmark computes on every read (the SVG map is read
     * from a resource file each time: ~15% of a build's Markdown time), set once per engine. We
     * render callouts ourselves, so no SVGs are needed.
     */
    @Override
    public void parserOptions(MutableDataHolder options) {
      options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, QUALIFIER_TYPES);
      options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, QUALIFIER_TITLES);
      options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    }

    private static final Map<String, String> QUALIFIER_TYPES = Map.copyOf(AdmonitionExtension.getQualifierTypeMap());
    private static final Map<String, String> QUALIFIER_TITLES = Map.copyOf(AdmonitionExtension.getQualifierTitleMap());

    @Override
    public void extend(Parser.Builder builder) {
      builder.customBlockParserFactory(new MarkerFirst(new AdmonitionBlockParser.Factory()));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
      builder.nodeRendererFactory(
          new NodeRendererFactory() {
            @Override
            public NodeRenderer apply(DataHolder options) {
              return new CalloutRenderer();
            }
          });
    }
  }

  /**
   * flexmark's admonition block factory, asked only about lines that start (after their indent)
   * with {@code !} or {@code ?}: its {@code tryStart} builds and compiles its marker pattern ({@code
   * ^(\?{3}\+|\?{3}|!{3})\s+…}) for every other line too, only to find no match.
   */
  static final class MarkerFirst implements CustomBlockParserFactory {
    private final CustomBlockParserFactory admonitions;

    MarkerFirst(CustomBlockParserFactory admonitions) {
      this.admonitions = admonitions;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory factory = admonitions.apply(options);
      return (state, matched) -> {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char c = at < line.length() ? line.charAt(at) : ' ';
        return c == '!' || c == '?' ? factory.tryStart(state, matched) : BlockStart.none();
      };
    }

    @Override
    public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
      return admonitions.getLeadInHandler(options);
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return admonitions.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return admonitions.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return admonitions.affectsGlobalScope();
    }
  }
}
