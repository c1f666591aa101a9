package vn.camnang.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.camnang.site.Progress;

/**
 * Shows build progress on one rewritten terminal line ({@code trang 120/1000 · ảnh 5/29}). Silent
 * when the output is not a terminal or when running in CI, so logs stay clean.
 */
final class TerminalProgress implements Progress {
  private static final long EVERY_NANOS = 100_000_000L;
  private final PrintWriter out;
  private final boolean enabled;
  private final Map<String, String> parts = new ConcurrentHashMap<>();
  private volatile long last;
  private volatile boolean shown;

  private TerminalProgress(PrintWriter out, boolean enabled) {
    this.out = out;
    this.enabled = enabled;
  }

  static TerminalProgress forTerminal(PrintWriter out) {
    boolean terminal = System.console() != null && System.getenv("CI") == null
        && !"dumb".equals(System.getenv("TERM"));
    return new TerminalProgress(out, terminal);
  }

  @Override
  public void update(String what, int done, int total) {
    if (!enabled) {
      return;
    }
    parts.put(what, done + "/" + total);
    long now = System.nanoTime();
    if (now - last < EVERY_NANOS && done < total) {
      return;
    }
    last = now;
    synchronized (this) {
      StringBuilder sb = new StringBuilder("\r  ");
      parts.forEach((k, v) -> sb.append(k).append(' ').append(v).append("  "));
      out.print(sb);
      out.flush();
      shown = true;
    }
  }

  /** Clears the progress line before the summary is printed. */
  synchronized void done() {
    if (shown) {
      out.print("\r" + " ".repeat(60) + "\r");
      out.flush();
    }
  }
}
