package vn.camnang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The message tables of HUONG-DAN-BIEN-TAP.md §11 are generated from the catalog, so the guide and
 * the program cannot say different things. After editing messages-vi.tsv, regenerate with
 * {@code mvn -o -q test -Dtest=GuideTableTest -Dcamnang.regenerate=true}.
 */
class GuideTableTest {
  static final Path GUIDE = Path.of("HUONG-DAN-BIEN-TAP.md");
  static final String BEGIN =
      "<!-- BẢNG THÔNG BÁO: tạo tự động từ src/main/resources/vn/camnang/diag/messages-vi.tsv, đừng sửa tay (xem GuideTableTest) -->";
  static final String END = "<!-- HẾT BẢNG THÔNG BÁO -->";

  @Test
  void theGuidesTablesAreTheCatalog() throws IOException {
    String text = Files.readString(GUIDE, StandardCharsets.UTF_8);
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    assertTrue(b >= 0 && e > b, "markers in " + GUIDE);
    String wanted = BEGIN + "\n" + Messages.guideTable() + "\n" + END;
    String actual = text.substring(b, e + END.length());
    if (!wanted.equals(actual) && Boolean.getBoolean("camnang.regenerate")) {
      Files.writeString(GUIDE, text.substring(0, b) + wanted + text.substring(e + END.length()), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(wanted, actual, "regenerate: mvn -o -q test -Dtest=GuideTableTest -Dcamnang.regenerate=true");
  }

  @Test
  void everyMessageHasWhatToDo() {
    for (Messages.Entry e : Messages.catalog()) {
      assertTrue(e.kind() == 'h' || !e.fix().isEmpty(), "no 'Cách sửa' for: " + e.english());
    }
  }
}
