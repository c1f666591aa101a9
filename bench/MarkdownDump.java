import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.camnang.markdown.LinkRewriter;
import vn.camnang.markdown.MarkdownEngine;

/**
 * Byte-identity check for changes to the Markdown engine: renders every .md file under the given
 * folders with the native engine and both JBake engines into one file; run it on two builds of the
 * classes and compare the files with cmp. node_modules folders (tools/checks, bench/work) and
 * /usr/share/doc hold hundreds of real-world READMEs, far more varied than the guides.
 *
 * <pre>
 * javac -d OUT -cp target/classes:DEPS bench/MarkdownDump.java
 * java -Xss8m -Dout=/tmp/a.txt -cp OUT:CLASSES_A:DEPS MarkdownDump content src/test/resources tools/checks/node_modules
 * java -Xss8m -Dout=/tmp/b.txt -cp OUT:CLASSES_B:DEPS MarkdownDump … ; cmp /tmp/a.txt /tmp/b.txt
 * </pre>
 */
public class MarkdownDump {
  public static void main(String[] roots) throws Exception {
    MarkdownEngine[] engines = {new MarkdownEngine(), MarkdownEngine.forJBake(true), MarkdownEngine.forJBake(false)};
    StringBuilder out = new StringBuilder();
    for (String root : roots) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        for (Path p : s.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
          String text;
          try {
            text = Files.readString(p);
          } catch (Exception e) {
            continue; // not UTF-8
          }
          for (MarkdownEngine e : engines) {
            try {
              out.append(p).append('\n').append(e.render(text, LinkRewriter.IDENTITY)).append('\n');
            } catch (Throwable x) {
              out.append(p).append(" ERR ").append(x).append('\n');
            }
          }
        }
      }
    }
    Files.writeString(Path.of(System.getProperty("out")), out.toString());
  }
}
