/*
 * Infographic renderer for "Cẩm nang số".
 *
 * Single-file Java 17 program, JDK only (Java2D + ImageIO).
 *
 *   java tools/infographics/Infographic.java <spec.txt> <out.png>
 *   java tools/infographics/Infographic.java --all
 *
 * --all renders every tools/infographics/specs/<topic>/<guide>.txt into
 * content/<topic>/<guide>/infographic.png (run it from the repository root or
 * any folder below it). A spec whose guide folder does not exist is skipped.
 *
 * Spec format: see tools/infographics/README.md.
 * The output is deterministic: the same spec gives the same PNG bytes.
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

public class Infographic {

    // ---- Page geometry -------------------------------------------------
    static final int WIDTH = 1080;
    static final int MARGIN = 64;

    // ---- Palette ---------------------------------------------------------
    static final Color TEAL = new Color(0x0b5d6b);
    static final Color TEAL_DARK = new Color(0x08434d);
    static final Color TEAL_LINE = new Color(0xa9d3d9);
    static final Color TEAL_PALE = new Color(0xeef7f8);
    static final Color ACCENT = new Color(0xf2a900);
    static final Color TEXT = new Color(0x1a1a1a);
    static final Color MUTED = new Color(0x4a4a4a);
    static final Color WHITE = Color.WHITE;
    static final Color HEADER_TOPIC = new Color(0xbfe4ea);
    static final Color HEADER_SUB = new Color(0xe2f3f5);
    static final Color WARN_BG = new Color(0xfff4dc);
    static final Color WARN_BORDER = new Color(0xe39b00);
    static final Color WARN_RED = new Color(0xc62828);
    static final Color WARN_LABEL = new Color(0x9a1b1b);

    // ---- Type sizes (px) -------------------------------------------------
    static final float TOPIC_SIZE = 34f;
    static final float TITLE_SIZE = 68f;
    static final float SUBTITLE_SIZE = 42f;
    static final float STEP_SIZE = 44f;      // must stay >= 40
    static final float NUMBER_SIZE = 50f;
    static final float WARN_SIZE = 40f;
    static final float FOOTER_SIZE = 32f;

    static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
    static final String DEFAULT_WARNING_LABEL = "Lưu ý";

    static Font regular;
    static Font bold;

    // ---- Spec -------------------------------------------------------------
    static final class Spec {
        String title = "";
        String subtitle = "";
        String topic = "";
        String footer = "";
        String warningLabel = DEFAULT_WARNING_LABEL;
        final List<String> steps = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
    }

    static String clean(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        // Typographic double quotes: "abc" -> “abc”
        StringBuilder sb = new StringBuilder(t.length());
        boolean open = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                sb.append(open ? '\u201C' : '\u201D');
                open = !open;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Spec parse(Path file) throws IOException {
        Spec spec = new Spec();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw;
            if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon < 0) {
                warn(file + ":" + n + ": ignored line without 'key:' -> " + line.strip());
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = clean(line.substring(colon + 1));
            if (value.isEmpty()) continue;
            switch (key) {
                case "title" -> spec.title = value;
                case "subtitle" -> spec.subtitle = value;
                case "topic" -> spec.topic = value;
                case "footer" -> spec.footer = value;
                case "step" -> spec.steps.add(value);
                case "warning" -> spec.warnings.add(value);
                case "warning-label", "warning_label" -> spec.warningLabel = value;
                default -> warn(file + ":" + n + ": unknown key '" + key + "' ignored");
            }
        }
        if (spec.title.isEmpty()) warn(file + ": no title");
        if (spec.steps.size() < 4 || spec.steps.size() > 8) {
            warn(file + ": " + spec.steps.size() + " steps (expected 4-8)");
        }
        return spec;
    }

    static void warn(String msg) {
        System.err.println("WARNING: " + msg);
    }

    // ---- Fonts & text ------------------------------------------------------
    static void loadFonts() throws IOException, FontFormatException {
        if (regular != null) return;
        regular = Font.createFont(Font.TRUETYPE_FONT, Path.of(FONT_DIR, "DejaVuSans.ttf").toFile());
        bold = Font.createFont(Font.TRUETYPE_FONT, Path.of(FONT_DIR, "DejaVuSans-Bold.ttf").toFile());
    }

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static double width(String s, Font f) {
        if (s.isEmpty()) return 0;
        return new TextLayout(s, f, FRC).getAdvance();
    }

    /** Greedy word wrap; words longer than the line are broken by characters. */
    static List<String> wrap(String text, Font f, double maxWidth) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, f) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            // the word alone may still be too long
            String w = word;
            while (width(w, f) > maxWidth) {
                int cut = w.length() - 1;
                while (cut > 1 && width(w.substring(0, cut), f) > maxWidth) cut--;
                out.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (line.length() > 0) out.add(line.toString());
        // avoid a lone short last word when the text has several lines
        if (out.size() >= 2) {
            String last = out.get(out.size() - 1);
            String prev = out.get(out.size() - 2);
            if (!last.contains(" ") && last.length() <= 4) {
                int sp = prev.lastIndexOf(' ');
                if (sp > 0) {
                    String moved = prev.substring(sp + 1) + " " + last;
                    if (width(moved, f) <= maxWidth && prev.substring(0, sp).contains(" ")) {
                        out.set(out.size() - 2, prev.substring(0, sp));
                        out.set(out.size() - 1, moved);
                    }
                }
            }
        }
        return out;
    }

    /** A block of wrapped text with a fixed line height. */
    static final class Block {
        final List<String> lines;
        final Font font;
        final double lineHeight;
        final double ascent;

        Block(String text, Font font, double maxWidth, double lineFactor) {
            this.font = font;
            this.lines = text.isEmpty() ? List.of() : wrap(text, font, maxWidth);
            this.lineHeight = Math.round(font.getSize2D() * lineFactor);
            // cap height-ish ascent for visual placement
            this.ascent = font.getSize2D() * 0.76;
        }

        double height() {
            return lines.isEmpty() ? 0 : lines.size() * lineHeight;
        }

        /** Draw with the top of the first line box at y. */
        void draw(Graphics2D g, double x, double y, Color c) {
            g.setColor(c);
            g.setFont(font);
            double base = y + (lineHeight - font.getSize2D()) / 2 + font.getSize2D() * 0.80;
            for (String l : lines) {
                g.drawString(l, (float) x, (float) base);
                base += lineHeight;
            }
        }

        void drawCentered(Graphics2D g, double centerX, double y, Color c) {
            g.setColor(c);
            g.setFont(font);
            double base = y + (lineHeight - font.getSize2D()) / 2 + font.getSize2D() * 0.80;
            for (String l : lines) {
                g.drawString(l, (float) (centerX - width(l, font) / 2), (float) base);
                base += lineHeight;
            }
        }
    }

    // ---- Layout & rendering -------------------------------------------------
    static final int CIRCLE_D = 104;
    static final int STEP_GAP = 44;
    static final int TEXT_X = MARGIN + CIRCLE_D + 36;
    static final int BULLET_INDENT = 32;

    static BufferedImage render(Spec spec) {
        double contentW = WIDTH - 2 * MARGIN;

        Font topicFont = bold.deriveFont(TOPIC_SIZE);
        Font titleFont = bold.deriveFont(TITLE_SIZE);
        Font subFont = regular.deriveFont(SUBTITLE_SIZE);
        Font stepFont = regular.deriveFont(STEP_SIZE);
        Font numFont = bold.deriveFont(NUMBER_SIZE);
        Font warnFont = regular.deriveFont(WARN_SIZE);
        Font warnLabelFont = bold.deriveFont(WARN_SIZE);
        Font footFont = regular.deriveFont(FOOTER_SIZE);

        // Header
        Block topic = new Block(spec.topic, topicFont, contentW, 1.35);
        Block title = new Block(spec.title, titleFont, contentW, 1.18);
        Block sub = new Block(spec.subtitle, subFont, contentW, 1.3);
        double headerTop = 64;
        double h = headerTop;
        double topicY = h;
        h += topic.height();
        if (topic.height() > 0) h += 14;
        double titleY = h;
        h += title.height();
        if (sub.height() > 0) h += 18;
        double subY = h;
        h += sub.height();
        double headerH = h + 60;
        double accentH = 10;

        // Steps
        double stepTextW = WIDTH - MARGIN - TEXT_X;
        List<Block> steps = new ArrayList<>();
        for (String s : spec.steps) steps.add(new Block(s, stepFont, stepTextW, 1.32));
        double y = headerH + accentH + 64;
        double[] stepTop = new double[steps.size()];
        double[] stepH = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            stepTop[i] = y;
            Block b = steps.get(i);
            double textTop = (CIRCLE_D - Math.min(b.height(), 2 * b.lineHeight)) / 2;
            stepH[i] = Math.max(CIRCLE_D, textTop + b.height());
            y += stepH[i] + STEP_GAP;
        }
        if (!steps.isEmpty()) y -= STEP_GAP;

        // Warning
        double warnPad = 36;
        double triW = 84;
        double warnTextX = MARGIN + warnPad + triW + 30;
        double warnTextW = WIDTH - MARGIN - warnPad - warnTextX;
        Block warnLabel = null;
        List<Block> warns = new ArrayList<>();
        double warnTop = 0, warnH = 0;
        if (!spec.warnings.isEmpty()) {
            warnLabel = new Block(spec.warningLabel, warnLabelFont, warnTextW, 1.3);
            // several warnings get bullets with a hanging indent
            double indent = spec.warnings.size() > 1 ? BULLET_INDENT : 0;
            for (String w : spec.warnings) warns.add(new Block(w, warnFont, warnTextW - indent, 1.32));
            double inner = warnLabel.height() + 6;
            for (int i = 0; i < warns.size(); i++) {
                inner += warns.get(i).height() + (i > 0 ? 14 : 0);
            }
            inner = Math.max(inner, triW * 0.9);
            y += 64;
            warnTop = y;
            warnH = inner + 2 * warnPad;
            y += warnH;
        }

        // Footer
        Block foot = new Block(spec.footer, footFont, contentW, 1.35);
        y += 72;
        double footTop = y;
        double footH = Math.max(110, foot.height() + 2 * 38);
        int height = (int) Math.ceil(footTop + footH);

        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);

        g.setColor(WHITE);
        g.fillRect(0, 0, WIDTH, height);

        // Header band
        g.setColor(TEAL);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, headerH));
        g.setColor(ACCENT);
        g.fill(new Rectangle2D.Double(0, headerH, WIDTH, accentH));
        topic.draw(g, MARGIN, topicY, HEADER_TOPIC);
        title.draw(g, MARGIN, titleY, WHITE);
        sub.draw(g, MARGIN, subY, HEADER_SUB);

        // Connecting line (behind the circles)
        if (steps.size() > 1) {
            double cx = MARGIN + CIRCLE_D / 2.0;
            g.setColor(TEAL_LINE);
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i + 1 < steps.size(); i++) {
                double y1 = stepTop[i] + CIRCLE_D / 2.0;
                double y2 = stepTop[i + 1] + CIRCLE_D / 2.0;
                g.draw(new Line2D.Double(cx, y1, cx, y2));
            }
        }

        // Steps
        for (int i = 0; i < steps.size(); i++) {
            Block b = steps.get(i);
            double top = stepTop[i];
            // halo so the line stops cleanly at the circle
            g.setColor(WHITE);
            g.fill(new Ellipse2D.Double(MARGIN - 8, top - 8, CIRCLE_D + 16, CIRCLE_D + 16));
            g.setColor(TEAL);
            g.fill(new Ellipse2D.Double(MARGIN, top, CIRCLE_D, CIRCLE_D));
            String num = Integer.toString(i + 1);
            g.setFont(numFont);
            g.setColor(WHITE);
            double nw = width(num, numFont);
            double capH = NUMBER_SIZE * 0.729; // DejaVu cap/figure height
            g.drawString(num, (float) (MARGIN + (CIRCLE_D - nw) / 2),
                    (float) (top + CIRCLE_D / 2.0 + capH / 2));
            // text: one or two lines centred on the circle; longer text keeps
            // the first two lines where a two-line step would put them
            double ty = top + (CIRCLE_D - Math.min(b.height(), 2 * b.lineHeight)) / 2;
            b.draw(g, TEXT_X, ty, TEXT);
        }

        // Warning box
        if (warnLabel != null) {
            RoundRectangle2D box = new RoundRectangle2D.Double(MARGIN, warnTop, contentW, warnH, 32, 32);
            g.setColor(WARN_BG);
            g.fill(box);
            g.setColor(WARN_BORDER);
            g.setStroke(new BasicStroke(4f));
            g.draw(box);
            drawWarningTriangle(g, MARGIN + warnPad, warnTop + warnPad, triW);
            double ty = warnTop + warnPad;
            warnLabel.draw(g, warnTextX, ty, WARN_LABEL);
            ty += warnLabel.height() + 6;
            boolean bullets = warns.size() > 1;
            for (Block w : warns) {
                if (bullets) {
                    double d = 12;
                    g.setColor(WARN_LABEL);
                    g.fill(new Ellipse2D.Double(warnTextX + 2, ty + w.lineHeight / 2 - d / 2, d, d));
                    w.draw(g, warnTextX + BULLET_INDENT, ty, TEXT);
                } else {
                    w.draw(g, warnTextX, ty, TEXT);
                }
                ty += w.height() + 14;
            }
        }

        // Footer band
        g.setColor(TEAL_DARK);
        g.fill(new Rectangle2D.Double(0, footTop, WIDTH, height - footTop));
        foot.drawCentered(g, WIDTH / 2.0, footTop + (footH - foot.height()) / 2, WHITE);

        g.dispose();
        return img;
    }

    /** Red rounded triangle with a white "!" built from shapes. */
    static void drawWarningTriangle(Graphics2D g, double x, double y, double w) {
        double h = w * 0.88;
        Path2D tri = new Path2D.Double();
        tri.moveTo(x + w / 2, y);
        tri.lineTo(x + w, y + h);
        tri.lineTo(x, y + h);
        tri.closePath();
        g.setColor(WARN_RED);
        g.fill(tri);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(tri);
        g.setColor(WHITE);
        double cx = x + w / 2;
        double barW = w * 0.115;
        double barTop = y + h * 0.30;
        double barBot = y + h * 0.70;
        g.fill(new RoundRectangle2D.Double(cx - barW / 2, barTop, barW, barBot - barTop, barW, barW));
        double dot = barW * 1.15;
        g.fill(new Ellipse2D.Double(cx - dot / 2, y + h * 0.77, dot, dot));
    }

    static void write(BufferedImage img, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("output folder does not exist: " + parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            if (!ImageIO.write(img, "png", os)) throw new IOException("no PNG writer");
        }
    }

    static void renderOne(Path spec, Path out, Path shownFrom) throws Exception {
        BufferedImage img = render(parse(spec));
        write(img, out);
        Path s = shownFrom == null ? spec : shownFrom.relativize(spec);
        Path o = shownFrom == null ? out : shownFrom.relativize(out);
        System.out.printf("%s -> %s (%dx%d, %d bytes)%n", s, o, img.getWidth(), img.getHeight(),
                Files.size(out));
    }

    static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("tools/infographics/specs"))) return p;
            p = p.getParent();
        }
        return null;
    }

    static int renderAll() throws Exception {
        Path root = findRoot();
        if (root == null) {
            System.err.println("tools/infographics/specs not found (run from the repository)");
            return 2;
        }
        Path specs = root.resolve("tools/infographics/specs");
        List<Path> files;
        try (Stream<Path> s = Files.walk(specs)) {
            files = s.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f))
                    .filter(f -> specs.relativize(f).getNameCount() == 2)
                    .sorted().toList();
        }
        int done = 0, skipped = 0, failed = 0;
        for (Path f : files) {
            Path rel = specs.relativize(f);
            String topic = rel.getName(0).toString();
            String guide = rel.getName(1).toString().replaceFirst("\\.txt$", "");
            Path dir = root.resolve("content").resolve(topic).resolve(guide);
            if (!Files.isDirectory(dir)) {
                System.out.println("skip " + rel + ": no folder content/" + topic + "/" + guide);
                skipped++;
                continue;
            }
            try {
                renderOne(f, dir.resolve("infographic.png"), root);
                done++;
            } catch (Exception e) {
                System.err.println("FAILED " + rel + ": " + e);
                failed++;
            }
        }
        System.out.printf("rendered %d, skipped %d, failed %d%n", done, skipped, failed);
        return failed == 0 ? 0 : 1;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        loadFonts();
        if (args.length == 1 && args[0].equals("--all")) {
            System.exit(renderAll());
        } else if (args.length == 2) {
            renderOne(Path.of(args[0]), Path.of(args[1]), null);
        } else {
            System.err.println("usage: java tools/infographics/Infographic.java <spec.txt> <out.png>");
            System.err.println("       java tools/infographics/Infographic.java --all");
            System.exit(2);
        }
    }
}
