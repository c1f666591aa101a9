package vn.camnang.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camnang.TestSites;
import vn.camnang.site.BuildOptions;
import java.util.Arrays;
import vn.camnang.output.StagedOutput;

/** The watcher-to-rebuild path of {@code serve}: the right pages change, the others keep their bytes and times. */
class ServeSessionTest {
  @TempDir Path tmp;
  Path site;
  Path out;
  List<BuildStatus> statuses = new ArrayList<>();
  ServeSession session;

  @BeforeEach
  void start() {
    site = TestSites.copy("basic", tmp);
    out = tmp.resolve("served");
    session = new ServeSession(new BuildOptions(site, out, null, false), statuses::add);
    assertTrue(session.fullBuild().ok());
  }

  private Map<String, FileTime> snapshot() throws IOException {
    Map<String, FileTime> m = new HashMap<>();
    for (Path p : StagedOutput.listFiles(out)) {
      m.put(out.relativize(p).toString(), Files.getLastModifiedTime(p));
    }
    return m;
  }

  private void age() throws IOException {
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    for (Path p : StagedOutput.listFiles(out)) {
      Files.setLastModifiedTime(p, old);
    }
  }

  @Test
  void aBodyEditReRendersOnlyThatGuide() throws IOException {
    age();
    Map<String, FileTime> before = snapshot();
    Path guide = site.resolve("content/vssid/dang-ky/index.md");
    Files.writeString(guide, Files.readString(guide) + "\nMột đoạn mới thêm vào.\n");
    BuildStatus s = session.onChange(List.of(guide));
    assertTrue(s.ok(), s.toString());
    assertEquals(List.of("vssid/dang-ky/index.html"), s.changed());
    assertTrue(TestSites.page(out, "vssid/dang-ky/").text().contains("Một đoạn mới thêm vào."));
    Map<String, FileTime> after = snapshot();
    for (var e : before.entrySet()) {
      if (!e.getKey().equals("vssid/dang-ky/index.html")) {
        assertEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " kept its time");
      }
    }
    assertTrue(after.get("vssid/dang-ky/index.html").compareTo(before.get("vssid/dang-ky/index.html")) > 0);
  }

  @Test
  void aBodyEditThenAHeaderEditGiveTheSearchIndexOfAFullBuild() throws IOException {
    // the header edit renders a few pages; the others' search text is what the last build and the
    // body edit since gave them (records, not the served files read back)
    Path guide = site.resolve("content/vssid/dang-ky/index.md");
    Files.writeString(guide, Files.readString(guide) + "\nMang theo căn cước gắn chip.\n");
    assertTrue(session.onChange(List.of(guide)).ok());
    Path page = site.resolve("content/gioi-thieu.md");
    Files.writeString(page, Files.readString(page).replace("title: \"Giới thiệu\"", "title: \"Giới thiệu mới\""));
    BuildStatus s = session.onChange(List.of(page));
    assertTrue(s.ok(), s.toString());
    assertTrue(s.changed().contains("index.html") && !s.changed().contains("vssid/dang-ky/index.html"), s.changed().toString());
    Path full = tmp.resolve("full");
    assertTrue(new ServeSession(new BuildOptions(site, full, null, false), b -> { }).fullBuild().ok());
    List<String> index = new ArrayList<>();
    for (Path p : StagedOutput.listFiles(full.resolve("search"))) {
      String rel = full.relativize(p).toString();
      index.add(rel);
      assertEquals(Files.readString(p), Files.readString(out.resolve(rel)), rel);
    }
    assertTrue(index.contains("search/meta.js"), index.toString());
    String words = String.join("", index.stream().map(f -> {
      try {
        return Files.readString(out.resolve(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList());
    assertTrue(words.contains("\"chip\""), "the body edit's words are in the index");
  }

  @Test
  void aTitleEditAlsoUpdatesThePagesThatListTheGuide() throws IOException {
    age();
    Path guide = site.resolve("content/vssid/dang-ky/index.md");
    Files.writeString(guide, Files.readString(guide).replace("Đăng ký tài khoản VssID", "Đăng ký VssID mới"));
    BuildStatus s = session.onChange(List.of(guide));
    assertTrue(s.ok());
    Set<String> changed = Set.copyOf(s.changed());
    assertTrue(changed.containsAll(Set.of("vssid/dang-ky/index.html", "vssid/index.html", "index.html")), changed.toString());
    assertFalse(changed.contains("chu-ky-so/index.html"), "an unrelated topic keeps its bytes: " + changed);
    assertFalse(changed.contains("vssid/dang-ky/buoc-1.png"), changed.toString());
    assertEquals("Đăng ký VssID mới", TestSites.page(out, "vssid/").select(".guide-list .card-title").get(1).text());
    assertEquals("Đăng ký VssID mới", TestSites.page(out, "vssid/cai-dat/").selectFirst("a[rel=next] .pager-title").text(),
        "the neighbour's next link shows the new title");
  }

  @Test
  void aHeaderEditGivesTheSameServiceWorkerAsAFullBuild() throws IOException {
    // the worker's version hashes the shell: the re-rendered home and topic, and the topic pages
    // this edit kept (read from the served folder), must give the bytes a full build gives
    Path guide = site.resolve("content/vssid/dang-ky/index.md");
    Files.writeString(guide, Files.readString(guide).replace("Đăng ký tài khoản VssID", "Đăng ký VssID mới"));
    BuildStatus s = session.onChange(List.of(guide));
    assertTrue(s.ok(), s.toString());
    assertTrue(s.changed().contains("sw.js"), "a new title on home and the topic changes the shell: " + s.changed());
    Path full = tmp.resolve("full");
    assertTrue(new ServeSession(new BuildOptions(site, full, null, false), b -> { }).fullBuild().ok());
    assertEquals(Files.readString(full.resolve("sw.js")), Files.readString(out.resolve("sw.js")));
  }

  @Test
  void aHeaderEditThatRenamesAPageRebuildsEverythingAndRemovesTheOldUrl() throws IOException {
    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide).replace("order=1", "order=1\nslug=cai-dat-vssid"));
    BuildStatus s = session.onChange(List.of(guide));
    assertTrue(s.ok());
    assertTrue(Files.isRegularFile(out.resolve("vssid/cai-dat-vssid/index.html")));
    assertFalse(Files.exists(out.resolve("vssid/cai-dat/index.html")), "the old page is removed");
  }

  @Test
  void aBadEditKeepsTheLastGoodPageAndReportsFileLineAndMessage() throws IOException {
    Path guide = site.resolve("content/vssid/dang-ky/index.md");
    String good = Files.readString(guide);
    byte[] before = Files.readAllBytes(out.resolve("vssid/dang-ky/index.html"));
    Files.writeString(guide, good.replace("title: \"Đăng ký tài khoản VssID\"", "title: Bước 1: lỗi"));
    BuildStatus bad = session.onChange(List.of(guide));
    assertFalse(bad.ok());
    String json = bad.toJson(site);
    assertTrue(json.contains("\"file\":\"content/vssid/dang-ky/index.md\""), json);
    assertTrue(json.contains("\"line\":2"), json);
    assertTrue(json.contains("mapping values are not allowed"), json);
    assertTrue(Arrays.equals(before, Files.readAllBytes(out.resolve("vssid/dang-ky/index.html"))));

    Files.writeString(guide, good);
    BuildStatus fixed = session.onChange(List.of(guide));
    assertTrue(fixed.ok(), "recovers by itself once the file is fixed");
    assertTrue(fixed.build() > bad.build());
  }

  @Test
  void aBrokenLinkInABodyEditIsReportedWithItsLine() throws IOException {
    Path guide = site.resolve("content/vssid/cai-dat.md");
    Files.writeString(guide, Files.readString(guide) + "\nXem [bài không có](khong-co.md).\n");
    BuildStatus s = session.onChange(List.of(guide));
    assertFalse(s.ok());
    int lines = Files.readString(guide).split("\n", -1).length - 1;
    assertTrue(s.toJson(site).contains("\"line\":" + lines), s.toJson(site));
  }

  @Test
  void theWatcherBatchesRapidSavesIntoOneRebuild() throws Exception {
    LinkedBlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    try (SourceWatcher w = new SourceWatcher(site, 150, batches::add)) {
      Path guide = site.resolve("content/vssid/cai-dat.md");
      String text = Files.readString(guide);
      for (int i = 0; i < 5; i++) {
        Files.writeString(guide, text + "\n" + "x".repeat(i) + "\n");
        Thread.sleep(20);
      }
      Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
      assertTrue(batch != null && batch.contains(guide), String.valueOf(batch));
      assertEquals(null, batches.poll(600, TimeUnit.MILLISECONDS), "one batch for a burst of saves");
      Path newDir = site.resolve("content/vssid/moi");
      Files.createDirectories(newDir);
      Thread.sleep(300);
      batches.clear();
      Files.writeString(newDir.resolve("index.md"), "---\ntitle: \"Mới\"\n---\nx\n");
      Set<Path> created = batches.poll(10, TimeUnit.SECONDS);
      assertTrue(created != null && created.stream().anyMatch(p -> p.startsWith(newDir)), "new folders are watched: " + created);
    }
  }
}
