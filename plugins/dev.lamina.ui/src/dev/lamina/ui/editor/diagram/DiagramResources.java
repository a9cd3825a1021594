// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.diagram;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;

import dev.lamina.core.diagram.DiagramStyle;
import dev.lamina.core.diagram.Rgb;

/**
 * The fonts and colours a diagram is painted with, made once per canvas (or export) and disposed
 * with it. Font sizes follow {@link DiagramStyle} in pixels at 100% zoom.
 */
public final class DiagramResources {

    /** What a text is, which decides its font. */
    public enum Role {
        TITLE(DiagramStyle.TITLE_SIZE, false),
        NAME(DiagramStyle.NAME_SIZE, true),
        TYPE(DiagramStyle.TYPE_SIZE, false),
        SETTINGS(DiagramStyle.SETTINGS_SIZE, false),
        FOOTER(DiagramStyle.FOOTER_SIZE, false),
        EDGE(DiagramStyle.EDGE_LABEL_SIZE, false),
        BADGE(DiagramStyle.TYPE_SIZE, true),
        HINT(14, false);

        final int pixels;
        final boolean bold;

        Role(int pixels, boolean bold) {
            this.pixels = pixels;
            this.bold = bold;
        }
    }

    private final Device device;
    private final Map<Rgb, Color> colors = new HashMap<>();
    private final Map<Role, Font> fonts = new EnumMap<>(Role.class);
    private final Map<Role, Integer> ascents = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, Integer>> widths = new EnumMap<>(Role.class);
    private boolean disposed;

    public DiagramResources(Device device) {
        this.device = device;
        double dpi = device.getDPI().y;
        Image scratch = new Image(device, 1, 1);
        GC gc = new GC(scratch);
        try {
            for (Role role : Role.values()) {
                int points = (int) Math.max(1, Math.round(role.pixels * 72.0 / dpi));
                Font font = new Font(device, new FontData(DiagramStyle.FONT_FAMILY, points, role.bold ? SWT.BOLD
                        : SWT.NORMAL));
                fonts.put(role, font);
                gc.setFont(font);
                ascents.put(role, gc.getFontMetrics().getAscent());
                widths.put(role, new HashMap<>());
            }
        } finally {
            gc.dispose();
            scratch.dispose();
        }
    }

    public Color color(Rgb rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color(device, c.red(), c.green(), c.blue()));
    }

    public Font font(Role role) {
        return fonts.get(role);
    }

    /** The distance from the top of a text to its baseline. */
    public int ascent(Role role) {
        return ascents.get(role);
    }

    /** The width of a text, measured once per text and role. */
    public int width(GC gc, Role role, String text) {
        return widths.get(role).computeIfAbsent(text, t -> {
            gc.setFont(fonts.get(role));
            return gc.textExtent(t, SWT.DRAW_TRANSPARENT).x;
        });
    }

    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        fonts.values().forEach(Font::dispose);
        colors.values().forEach(Color::dispose);
        fonts.clear();
        colors.clear();
    }
}
