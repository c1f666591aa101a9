package vn.camnang.site;

/** Told how far a long step has come (pages rendered, images processed). Must be thread-safe. */
@FunctionalInterface
public interface Progress {
  void update(String what, int done, int total);

  Progress NONE = (what, done, total) -> {};
}
