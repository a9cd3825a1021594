// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

import dev.lamina.core.diagram.Diagram;
import dev.lamina.core.diagram.DiagramSvg;
import dev.lamina.core.io.AtomicFile;

/** Writes a diagram as an SVG (the core writer) or a PNG (painted by the canvas's painter). */
public final class DiagramExport {

    /** PNG pixels per diagram unit: sharp on high-density screens and in documents. */
    public static final double PNG_SCALE = 2;

    private DiagramExport() {
    }

    /** Writes {@code .svg} or {@code .png}, by the file's extension (anything else is PNG). */
    public static void write(Display display, Diagram diagram, Path file) throws IOException {
        if (String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".svg")) {
            AtomicFile.write(file, DiagramSvg.write(diagram));
        } else {
            writePng(display, diagram, PNG_SCALE, file);
        }
    }

    /** Paints the diagram off screen. The caller disposes the image. */
    public static Image paint(Display display, Diagram diagram, double scale, DiagramPainter painter) {
        Image image = new Image(display, (int) Math.ceil(diagram.width() * scale),
                (int) Math.ceil(diagram.height() * scale));
        GC gc = new GC(image);
        Transform transform = new Transform(display);
        try {
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            painter.paint(gc, diagram, 0, 0, diagram.width(), diagram.height(), scale);
        } finally {
            transform.dispose();
            gc.dispose();
        }
        return image;
    }

    private static void writePng(Display display, Diagram diagram, double scale, Path file) throws IOException {
        DiagramResources resources = new DiagramResources(display);
        Image image = paint(display, diagram, scale, new DiagramPainter(resources));
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".diagram-", ".png");
            try {
                loader.save(temp.toString(), SWT.IMAGE_PNG);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            image.dispose();
            resources.dispose();
        }
    }
}
