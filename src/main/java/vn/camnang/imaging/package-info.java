/**
 * Content images for slow networks: {@link vn.camnang.imaging.ImageProcessor} registers an image
 * while a page renders and answers at once, from the file header only, with the content-hashed
 * names and sizes of its variants (360/720/1080 px wide, WebP plus a JPEG or PNG fallback, never
 * upscaled) and of its 1200×630 share card. Pixels are produced later, in parallel, through a cache
 * keyed by the source bytes and the operation (never mtimes) whose entries are verified before use.
 * Bad input (missing, corrupt, truncated, unsupported, decompression bombs) is refused with an
 * {@link vn.camnang.imaging.ImageException} written for a content editor. SVG, GIF and animated
 * PNG or WebP are copied through unchanged under a content-hashed name. Knows nothing about pages
 * or sites.
 */
package vn.camnang.imaging;
