/*
 * Renders the web-app icons assets/icons/icon-192.png and icon-512.png with
 * Java2D, from the same design as assets/icons/favicon.svg (48x48 units:
 * rounded #0b5d6b square with a white open book). JDK only, deterministic.
 *
 *   java tools/infographics/Icons.java            (from the repository root)
 *   java tools/infographics/Icons.java <out-dir>
 *
 * If you change favicon.svg, change the shapes below the same way.
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

public class Icons {

    static final Color TEAL = new Color(0x0b5d6b);

    static BufferedImage render(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double k = size / 48.0;
        g.scale(k, k);

        // <rect width="48" height="48" rx="10" fill="#0b5d6b"/>
        g.setColor(TEAL);
        g.fill(new RoundRectangle2D.Double(0, 0, 48, 48, 20, 20));

        // pages (fill white)
        g.setColor(Color.WHITE);
        Path2D pages = new Path2D.Double();
        pages.moveTo(22.5, 15);
        pages.curveTo(19, 12.5, 14.5, 11.6, 10, 12);
        pages.lineTo(10, 34);
        pages.curveTo(14.5, 33.6, 19, 34.5, 22.5, 37);
        pages.closePath();
        pages.moveTo(25.5, 15);
        pages.curveTo(29, 12.5, 33.5, 11.6, 38, 12);
        pages.lineTo(38, 34);
        pages.curveTo(33.5, 33.6, 29, 34.5, 25.5, 37);
        pages.closePath();
        g.fill(pages);

        // cover (white stroke, width 2, round caps/joins)
        Path2D cover = new Path2D.Double();
        cover.moveTo(7, 16);
        cover.lineTo(7, 37);
        cover.curveTo(13, 36, 19, 37, 24, 40);
        cover.curveTo(29, 37, 35, 36, 41, 37);
        cover.lineTo(41, 16);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(cover);

        g.dispose();
        return img;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/icons");
        if (!Files.isDirectory(dir)) {
            System.err.println("no folder " + dir + " (run from the repository root)");
            System.exit(2);
        }
        for (int size : new int[] {192, 512}) {
            File out = dir.resolve("icon-" + size + ".png").toFile();
            ImageIO.write(render(size), "png", out);
            System.out.println(out + " (" + size + "x" + size + ", " + out.length() + " bytes)");
        }
    }
}
