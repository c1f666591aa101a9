package vn.camnang.reliability;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.jsoup.Jsoup;
import vn.camnang.content.HeaderSplitter;
import vn.camnang.diag.BuildException;
import vn.camnang.html.HtmlPipeline;
import vn.camnang.html.PageContext;
import vn.camnang.markdown.LinkRewriter;
import vn.camnang.markdown.MarkdownEngine;
import java.util.Locale;
import java.util.Map;

/**
 * Bounded fuzzing (jqwik, a fixed number of tries per run) of the two stages every editor's text
 * goes through: the header splitter and Markdown → HTML. The only failure allowed is a
 * {@link BuildException} carrying a diagnostic.
 */
class FuzzTest {
  static final MarkdownEngine MARKDOWN = new MarkdownEngine();
  static final HtmlPipeline HTML = HtmlPipeline.standard();
  static final AtomicInteger TRIED = new AtomicInteger();
  static final AtomicInteger DIAGNOSED = new AtomicInteger();

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> prefix = Arbitraries.of("", "---\n", "---\ntitle: ", "title=", "\uFEFF---\n", "~~~~~~\n", "---\n---\n");
    Arbitrary<String> body =
        Arbitraries.strings()
            .withChars("-~=:#*_>[]()!`|{}.\n\r\t \"'&<>/\\1aĐđữ\u0000")
            .withCharRange('a', 'z')
            .ofMaxLength(400);
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(60);
    return net.jqwik.api.Combinators.combine(prefix, body, noise).as((p, b, n) -> p + b + n);
  }

  @Property(tries = 1500)
  void headerSplitterReturnsOrExplains(@ForAll("documents") String text) {
    TRIED.incrementAndGet();
    try {
      HeaderSplitter.split(text, Path.of("content/t/fuzz.md"));
    } catch (BuildException e) {
      DIAGNOSED.incrementAndGet();
      if (e.diagnostics().isEmpty() || e.diagnostics().get(0).line() < 0) {
        throw new AssertionError("a BuildException without a diagnostic", e);
      }
    }
  }

  @Property(tries = 1500)
  void markdownAlwaysBecomesParseableHtml(@ForAll("documents") String text) {
    TRIED.incrementAndGet();
    String html = MARKDOWN.render(text, LinkRewriter.IDENTITY);
    String processed = HTML.process(html, new PageContext("t/fuzz/", Map.of(), null));
    Jsoup.parseBodyFragment(processed);
    if (processed.toLowerCase(Locale.ROOT).contains("<script")) {
      throw new AssertionError("a script survived: " + processed);
    }
  }

  @AfterContainer
  static void report() {
    System.out.printf("Fuzz: %d inputs tried, %d diagnostics produced, 0 crashes%n", TRIED.get(), DIAGNOSED.get());
  }
}
