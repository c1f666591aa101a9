package vn.camnang.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The raw HTML an editor may write inside Markdown: formatting, tables, lists, details, figures,
 * images and links — no {@code <script>}, no {@code on*=} handlers, no {@code javascript:} URLs, no
 * {@code <iframe>} except a YouTube embed (which becomes a tap-to-load clip), no forms, objects or
 * styles. {@link #problems} names what a snippet would lose; {@link #clean} removes it.
 */
public final class RawHtml {
  private static final Pattern YOUTUBE_EMBED =
      Pattern.compile("^https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/embed/([A-Za-z0-9_-]{6,20}).*");

  private static final String[] GLOBAL = {"class", "id", "title", "lang", "dir", "role", "aria-label",
      "aria-hidden", "aria-describedby", "aria-labelledby", "aria-live"};

  static final Safelist SAFELIST =
      Safelist.relaxed()
          .addTags("figure", "figcaption", "details", "summary", "mark", "kbd", "abbr", "small", "s",
              "del", "ins", "hr", "picture", "source", "aside", "section", "nav", "time", "sup", "sub",
              "dl", "dt", "dd", "br", "span", "div")
          .addAttributes(":all", GLOBAL)
          .addAttributes("a", "href", "rel", "hreflang", "download")
          .addAttributes("img", "src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes")
          .addAttributes("source", "srcset", "type", "media", "sizes")
          .addAttributes("td", "colspan", "rowspan", "align")
          .addAttributes("th", "colspan", "rowspan", "align", "scope")
          .addAttributes("ol", "start", "reversed", "type")
          .addAttributes("time", "datetime")
          .addAttributes("details", "open")
          .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
          .addProtocols("img", "src", "http", "https")
          .preserveRelativeLinks(true);

  /** Any absolute base: relative links resolve against it, so the safelist can check them. */
  static final String BASE_URI = "https://site.invalid/a/b/";

  private RawHtml() {}

  /** What {@link #clean} would remove from {@code html}, in words for an editor; empty when safe. */
  public static List<String> problems(String html) {
    List<String> out = new ArrayList<>();
    Document doc = Jsoup.parseBodyFragment(html, BASE_URI);
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("iframe") && YOUTUBE_EMBED.matcher(e.attr("src")).matches()) {
        continue;
      }
      if (!SAFELIST.isSafeTag(tag)) {
        out.add("<" + tag + ">");
        continue;
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue().strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          out.add(key + "= on <" + tag + ">");
        } else if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")) {
          out.add(value.substring(0, value.indexOf(':') + 1) + " URL in " + key + "= on <" + tag + ">");
        } else if (!SAFELIST.isSafeAttribute(tag, e, a) && !key.startsWith("data-")) {
          out.add(key + "= on <" + tag + ">");
        }
      }
    }
    return out;
  }

  /**
   * What to write instead, for the problems {@link #problems} found: one sentence per kind of
   * refusal, naming it. The video sentence only where an embed was refused.
   */
  public static String hint(List<String> problems) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String p : problems) {
      String tag = p.startsWith("<") ? p.substring(1, p.length() - 1) : "";
      if (p.contains("javascript:") || p.contains("vbscript:") || p.contains("data:")) {
        out.add("a link must open a page: write an address that starts with https:// or link a guide's file, e.g. [xem thêm](../dang-ky/index.md)");
      } else if (p.matches("on[a-z]+= on <.*")) {
        out.add(
            "remove " + p.substring(0, p.indexOf('=') + 1)
                + "…: event handlers do not run on this site; a plain Markdown link or text does the job");
      } else if (tag.equals("script") || tag.equals("noscript")) {
        out.add("delete the <" + tag + "> part: scripts do not run in guides");
      } else if (Set.of("iframe", "embed", "object", "video", "audio", "frame", "frameset", "applet").contains(tag)) {
        out.add("<" + tag + "> embeds are not allowed; for a video write ![Video: …](https://www.youtube.com/watch?v=…) or ![Video: …](clip.mp4)");
      } else if (Set.of("form", "input", "button", "select", "textarea", "option", "label", "fieldset").contains(tag)) {
        out.add("<" + tag + ">: forms are not allowed; link to the official page that has the form");
      } else if (Set.of("style", "link", "meta", "base", "svg", "math").contains(tag)) {
        out.add("<" + tag + ">: the site's look comes from its theme; delete it");
      } else if (!tag.isEmpty()) {
        out.add("<" + tag + "> is not allowed in guides; write it in Markdown instead");
      } else {
        out.add("remove " + p + ": write it in Markdown instead");
      }
    }
    out.add("to show text in angle brackets as typed (an SMS syntax), put it in backticks: `DK <so CCCD> gửi 1900`");
    return String.join("; ", out);
  }

  /**
   * Keeps only what the safelist allows. A YouTube {@code <iframe>} embed becomes the same
   * tap-to-load clip as {@code ![title](https://www.youtube.com/watch?v=…)}.
   */
  public static void clean(Element body, PageContext context) {
    for (Element f : body.select("iframe")) {
      Matcher m = YOUTUBE_EMBED.matcher(f.attr("src"));
      if (m.matches()) {
        f.replaceWith(new Element("img")
            .attr("src", "https://www.youtube.com/watch?v=" + m.group(1))
            .attr("alt", f.attr("title").isBlank() ? "Video" : f.attr("title")));
      }
    }
    if (!needsCleaning(body)) {
      return;
    }
    Document dirty = Document.createShell(BASE_URI);
    for (Node n : new ArrayList<>(body.childNodes())) {
      dirty.body().appendChild(n);
    }
    Document cleaned = new Cleaner(SAFELIST).clean(dirty);
    for (Node n : new ArrayList<>(cleaned.body().childNodes())) {
      body.appendChild(n);
    }
  }

  /** Cheap pre-check so pages without raw HTML skip the cleaner. */
  private static boolean needsCleaning(Element body) {
    for (Element e : body.getAllElements()) {
      if (e != body && unsafe(e)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cleaner would change {@code e} itself: its tag or one of its attributes. */
  static boolean unsafe(Element e) {
    if (!SAFELIST.isSafeTag(e.normalName())) {
      return true;
    }
    for (Attribute a : e.attributes()) {
      if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on") || runsCode(a.getValue())
          || !SAFELIST.isSafeAttribute(e.normalName(), e, a)) {
        return true;
      }
    }
    return false;
  }

  /** An attribute value that is a {@code javascript:}, {@code vbscript:} or {@code data:text} URL. */
  static boolean runsCode(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text");
  }
}
