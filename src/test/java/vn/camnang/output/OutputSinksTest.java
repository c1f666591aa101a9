package vn.camnang.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSinksTest {
  @TempDir Path dir;

  @Test
  void noSinkWritesOutsideItsFolder() throws IOException {
    for (OutputSink sink :
        new OutputSink[] {new MemoryOutput(), new DiscardOutput(), new SyncedOutput(dir.resolve("out"), false)}) {
      assertThrows(IllegalArgumentException.class, () -> sink.writeString("../x.html", "x"), sink.toString());
    }
    assertFalse(Files.exists(dir.resolve("x.html")));
  }

  @Test
  void aSyncedFolderRewritesOnlyChangedBytesAndPrunesWhatWasNotWritten() throws IOException {
    Path out = dir.resolve("out");
    SyncedOutput first = new SyncedOutput(out, true);
    first.writeString("a/index.html", "a");
    first.writeString("b/index.html", "b");
    first.commit();
    SyncedOutput second = new SyncedOutput(out, true);
    second.writeString("a/index.html", "a");
    second.writeString("c/index.html", "c");
    second.commit();
    assertEquals(Set.of("c/index.html", "b/index.html"), second.changed());
    assertFalse(Files.exists(out.resolve("b/index.html")), "pruned");
    assertEquals("c", Files.readString(out.resolve("c/index.html"), StandardCharsets.UTF_8));
  }

  @Test
  void memoryKeepsWhatWasWrittenAndDiscardKeepsNothing() {
    MemoryOutput m = new MemoryOutput();
    m.writeString("x.txt", "ư");
    assertArrayEquals("ư".getBytes(StandardCharsets.UTF_8), m.read("x.txt"));
    DiscardOutput d = new DiscardOutput();
    d.writeString("x.txt", "ư");
    assertNull(d.read("x.txt"));
  }

  @Test
  void aStagedBuildReplacesTheOutputOnlyWhenCommitted() throws IOException {
    Path out = dir.resolve("site");
    try (StagedOutput s = StagedOutput.begin(out)) {
      s.writeString("index.html", "một");
      s.commit();
    }
    try (StagedOutput s = StagedOutput.begin(out)) {
      s.writeString("index.html", "hai");
      // not committed: a failed build
    }
    assertEquals("một", Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8));
    assertTrue(Files.isDirectory(out));
  }
}
