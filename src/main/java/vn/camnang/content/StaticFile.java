package vn.camnang.content;

import java.nio.file.Path;

/**
 * A non-Markdown file under {@code content/} (an image, a clip, a PDF) copied to the output.
 *
 * @param outputPath where it is written, relative to the output root, ASCII only
 */
public record StaticFile(Path source, String outputPath) {}
