/**
 * Sharing over Zalo and on paper: Open Graph / canonical data for every page, alias and short-code
 * redirect pages, QR codes (ZXing → SVG), the link hub for team members and printable topic
 * handouts.
 */
package vn.camnang.share;
