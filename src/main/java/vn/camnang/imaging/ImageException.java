package vn.camnang.imaging;

/**
 * An image that cannot be used, said for a content editor: the message says what is wrong ("image
 * is 20000×20000 pixels (limit 40 MP)"), the {@link #hint()} how to fix it. The file name is not in
 * the message: the caller adds the file and line of the page that uses the image.
 */
public final class ImageException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String hint;

  public ImageException(String message) {
    this(message, null, null);
  }

  public ImageException(String message, String hint) {
    this(message, hint, null);
  }

  public ImageException(String message, String hint, Throwable cause) {
    super(message, cause);
    this.hint = hint;
  }

  /** How to fix it, or {@code null}. */
  public String hint() {
    return hint;
  }
}
