package vn.camnang.share;

/**
 * The image a link preview shows.
 *
 * @param url site-relative path of the image in the output ({@code "vssid/dang-ky/the.3fa9c1d2e4.jpg"})
 */
public record ShareImage(String url, int width, int height, String mime) {}
