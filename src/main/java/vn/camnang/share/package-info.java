/**
 * Sharing over Zalo and on paper: Open Graph / canonical data for every page, alias and short-code
 * redirect pages, QR codes (ZXing → SVG), the link hub for team members and printable topic
 * handouts; one drawn preview card per page ({@link vn.camnang.share.ShareCards}: planned while pages
 * render, made after, handed to the build as {@link vn.camnang.output.OutputFile}s). Redirects are
 * typed ({@link vn.camnang.share.Redirect.Kind}). Writes nothing itself.
 */
package vn.camnang.share;
