// SPDX-License-Identifier: EPL-2.0
package dev.lamina.course.faces;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.SplittableRandom;

import dev.lamina.data.StagingFolder;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.PngFile;

/**
 * Draws a happy-or-sad dataset, the course's exercise without its 80 photos: {@code happy/} and {@code sad/} class
 * folders of RGB PNG faces that vary in size, position, skin and ink colour, line width and background noise. A
 * happy face smiles (an arc curving up at the ends), a sad one frowns. The same seed gives the same images.
 */
public final class FaceGenerator {

    /** The course's dataset size. */
    public static final int DEFAULT_COUNT = 80;
    /** The model's Input size in the course's exercise. */
    public static final int DEFAULT_SIZE = 300;

    private final int count;
    private final int size;
    private final long seed;

    /**
     * @param count images in all, half of them happy (at least 2, even)
     * @param size  width and height in pixels (at least 32)
     * @param seed  the same seed draws the same faces
     */
    public FaceGenerator(int count, int size, long seed) {
        if (count < 2 || count % 2 != 0) {
            throw new IllegalArgumentException("the image count must be even and at least 2, got " + count);
        }
        if (size < 32) {
            throw new IllegalArgumentException("the image size must be at least 32 pixels, got " + size);
        }
        this.count = count;
        this.size = size;
        this.seed = seed;
    }

    /** The course's dataset: 80 faces of 300×300, seed 0. */
    public static FaceGenerator defaults() {
        return new FaceGenerator(DEFAULT_COUNT, DEFAULT_SIZE, 0);
    }

    /**
     * Writes {@code out/happy/happy-NNN.png} and {@code out/sad/sad-NNN.png}; the folder appears complete or not at
     * all.
     *
     * @param out a folder that does not exist yet, or is empty
     * @throws dev.lamina.data.DataException naming the folder or file that cannot be written
     */
    public void writeTo(Path out) {
        try (StagingFolder staging = StagingFolder.beside(out)) {
            for (int i = 0; i < count; i++) {
                boolean happy = i % 2 == 0;
                String name = happy ? "happy" : "sad";
                Path file = staging.path().resolve(name).resolve(String.format("%s-%03d.png", name, i / 2));
                PngFile.write(face(i), file);
            }
            staging.commit();
        }
    }

    /** Image {@code index}: even indices are happy, odd ones sad. */
    public PixelImage face(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        boolean happy = index % 2 == 0;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(color(random, 40, 230));
            g.fillRect(0, 0, size, size);
            drawFace(g, random, happy);
        } finally {
            g.dispose();
        }
        return withNoise(image, random, random.nextInt(0, 31));
    }

    private void drawFace(Graphics2D g, SplittableRandom random, boolean happy) {
        // like the course's photos: one large face, roughly centred
        double radius = size * random.nextDouble(0.32, 0.46);
        double room = size / 2.0 - radius - 2;
        double cx = size / 2.0 + random.nextDouble(-room, room) * 0.4;
        double cy = size / 2.0 + random.nextDouble(-room, room) * 0.4;
        float line = (float) Math.max(1.5, radius * random.nextDouble(0.03, 0.08));
        Color ink = color(random, 0, 90);

        g.setColor(color(random, 120, 255));
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        g.setColor(ink);
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));

        double eyeY = cy - radius * random.nextDouble(0.2, 0.4);
        double eyeDx = radius * random.nextDouble(0.28, 0.45);
        double eyeR = radius * random.nextDouble(0.06, 0.13);
        for (double ex : new double[] {cx - eyeDx, cx + eyeDx}) {
            g.fill(new Ellipse2D.Double(ex - eyeR, eyeY - eyeR * 1.3, 2 * eyeR, 2.6 * eyeR));
        }

        double mouthW = radius * random.nextDouble(1.0, 1.4);
        double mouthH = radius * random.nextDouble(0.45, 0.8);
        double extent = random.nextDouble(120, 170);
        g.setStroke(new BasicStroke(Math.max(5f, line * (float) random.nextDouble(1.5, 2.5)), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        if (happy) {
            // the lower part of an ellipse centred a little below the eyes: a smile
            double top = cy + radius * random.nextDouble(0.0, 0.15) - mouthH / 2;
            g.draw(new Arc2D.Double(cx - mouthW / 2, top, mouthW, mouthH, 270 - extent / 2, extent, Arc2D.OPEN));
        } else {
            // the upper part of an ellipse centred low in the face: a frown
            double top = cy + radius * random.nextDouble(0.45, 0.6) - mouthH / 2;
            g.draw(new Arc2D.Double(cx - mouthW / 2, top, mouthW, mouthH, 90 - extent / 2, extent, Arc2D.OPEN));
        }
    }

    private static Color color(SplittableRandom random, int low, int high) {
        return new Color(random.nextInt(low, high + 1), random.nextInt(low, high + 1), random.nextInt(low, high + 1));
    }

    /** The drawn image as RGB bytes, each channel moved by up to ±{@code amplitude}. */
    private static PixelImage withNoise(BufferedImage image, SplittableRandom random, int amplitude) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            for (int c = 0; c < 3; c++) {
                int value = (argb[i] >> (16 - 8 * c)) & 0xff;
                if (amplitude > 0) {
                    value += random.nextInt(-amplitude, amplitude + 1);
                }
                rgb[3 * i + c] = (byte) Math.clamp(value, 0, 255);
            }
        }
        return new PixelImage(width, height, 3, rgb);
    }
}
