import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon and writes every size each platform wants into src/package/icons:
 * referral-atlas-N.png (16 to 1024), referral-atlas.png (Linux, 256), referral-atlas.ico (Windows:
 * 16, 24, 32, 48, 64, 256) and referral-atlas.icns (macOS: 16 to 1024). Run from the project root:
 *
 * <pre>java tools/icon/AppIcon.java</pre>
 *
 * The picture, in a 100-unit design space: the head and neck in profile (the lateral view) on the
 * theme's accent blue; a referral zone at the temple, solid in the middle (essential) and stippled
 * around it (spillover), as the atlas draws them; an X trigger point on the upper trapezius. Colours
 * are the theme's ({@code -atlas-accent}, {@code -atlas-essential}); small sizes drop the stipple.
 */
public final class AppIcon {
    private static final Color ACCENT = new Color(0x1565c0);
    private static final Color ACCENT_DARK = new Color(0x0d3c7a);
    private static final Color SKIN = new Color(0xf6e7d8);
    private static final Color ESSENTIAL = new Color(0xc62828);
    private static final Color MARK = new Color(0x1a1a1a);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/package/icons");
        Files.createDirectories(dir);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
            if (size <= 512) {
                Files.write(dir.resolve("referral-atlas-" + size + ".png"), png.get(size));
            }
        }
        Files.write(dir.resolve("referral-atlas.png"), png.get(256));
        try (OutputStream out = Files.newOutputStream(dir.resolve("referral-atlas.ico"))) {
            writeIco(out, png, new int[] {16, 24, 32, 48, 64, 256});
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("referral-atlas.icns"))) {
            writeIcns(out, png);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);

        g.setPaint(new GradientPaint(0, 0, ACCENT, 0, 100, ACCENT_DARK));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));

        Path2D body = headAndNeck();
        g.setColor(SKIN);
        g.fill(body);

        // Clip the referral zone to the head, as the atlas clips zones to the figure.
        Graphics2D zone = (Graphics2D) g.create();
        zone.clip(body);
        if (size >= 32) {
            zone.setColor(ESSENTIAL);
            for (double[] dot : stipple()) {
                zone.fill(new Ellipse2D.Double(dot[0] - 1.1, dot[1] - 1.1, 2.2, 2.2));
            }
        }
        zone.setColor(ESSENTIAL);
        zone.fill(new Ellipse2D.Double(33, 22, 20, 16));
        zone.dispose();

        // The trigger point: an X on the upper trapezius, white-edged so it reads on skin and at 16 px.
        Path2D x = new Path2D.Double();
        x.moveTo(-5, -5);
        x.lineTo(5, 5);
        x.moveTo(5, -5);
        x.lineTo(-5, 5);
        AffineTransform at = AffineTransform.getTranslateInstance(36, 84);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(at.createTransformedShape(x));
        g.setColor(MARK);
        g.setStroke(new BasicStroke(3.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(at.createTransformedShape(x));
        g.dispose();
        return image;
    }

    /** The right side of the head in profile, facing right, with the neck and the shoulder's slope. */
    private static Path2D headAndNeck() {
        Path2D p = new Path2D.Double();
        p.moveTo(12, 96);                 // shoulder, off the bottom left
        p.curveTo(14, 84, 24, 78, 36, 74); // upper trapezius slope
        p.curveTo(38, 68, 38, 62, 36, 57); // back of the neck
        p.curveTo(26, 52, 22, 40, 24, 30); // occiput
        p.curveTo(26, 16, 38, 9, 52, 10);  // vertex
        p.curveTo(66, 11, 74, 20, 75, 32); // forehead
        p.lineTo(76, 38);
        p.curveTo(80, 42, 82, 46, 79, 48); // nose
        p.lineTo(77, 50);
        p.curveTo(78, 54, 76, 56, 75, 58); // lips
        p.curveTo(76, 62, 74, 66, 68, 67); // chin
        p.curveTo(64, 68, 60, 68, 58, 70); // under the jaw
        p.curveTo(58, 76, 62, 84, 70, 96); // front of the neck to the chest
        p.closePath();
        return p;
    }

    /** Spillover dots around the essential zone, on a regular grid like the atlas's stipple. */
    private static Iterable<double[]> stipple() {
        java.util.List<double[]> dots = new java.util.ArrayList<>();
        for (double y = 14; y <= 48; y += 4.5) {
            for (double x = 24 + ((int) ((y - 14) / 4.5) % 2) * 2.25; x <= 64; x += 4.5) {
                double dx = (x - 43) / 17, dy = (y - 30) / 15;
                double r = dx * dx + dy * dy;
                if (r > 0.35 && r < 1.0) {
                    dots.add(new double[] {x, y});
                }
            }
        }
        return dots;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read them at every size). */
    private static void writeIco(OutputStream raw, Map<Integer, byte[]> png, int[] sizes) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        writeLe16(out, 0);
        writeLe16(out, 1);
        writeLe16(out, sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            byte[] data = png.get(size);
            out.writeByte(size >= 256 ? 0 : size);
            out.writeByte(size >= 256 ? 0 : size);
            out.writeByte(0);
            out.writeByte(0);
            writeLe16(out, 1);
            writeLe16(out, 32);
            writeLe32(out, data.length);
            writeLe32(out, offset);
            offset += data.length;
        }
        for (int size : sizes) {
            out.write(png.get(size));
        }
        out.flush();
    }

    /** ICNS with PNG entries: the OSType of each size as macOS 10.7 and later read it. */
    private static void writeIcns(OutputStream raw, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + png.get(size).length;
        }
        DataOutputStream out = new DataOutputStream(raw);
        out.writeBytes("icns");
        out.writeInt(total);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            out.writeBytes(e.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        out.flush();
    }

    private static void writeLe16(DataOutputStream out, int v) throws IOException {
        out.writeByte(v & 0xff);
        out.writeByte((v >> 8) & 0xff);
    }

    private static void writeLe32(DataOutputStream out, int v) throws IOException {
        writeLe16(out, v & 0xffff);
        writeLe16(out, (v >>> 16) & 0xffff);
    }
}
