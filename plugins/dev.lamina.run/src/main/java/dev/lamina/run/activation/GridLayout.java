// SPDX-License-Identifier: EPL-2.0
package dev.lamina.run.activation;

/**
 * Where each channel's tile goes in an activation grid: a near-square grid of
 * {@code columns = ceil(sqrt(channels))} and {@code rows = ceil(channels / columns)}, filled row by
 * row, tiles of {@code tileWidth x tileHeight} pixels separated by {@code gap} pixels (no outer margin).
 */
public record GridLayout(int channels, int columns, int rows, int tileWidth, int tileHeight, int gap) {

    public GridLayout {
        if (channels <= 0 || columns <= 0 || rows <= 0 || tileWidth <= 0 || tileHeight <= 0 || gap < 0) {
            throw new IllegalArgumentException("bad grid: " + channels + " channels, " + columns + "x" + rows
                    + " cells of " + tileWidth + "x" + tileHeight + ", gap " + gap);
        }
        if ((long) columns * rows < channels) {
            throw new IllegalArgumentException(columns + "x" + rows + " cells cannot hold " + channels + " channels");
        }
    }

    /** The near-square layout for {@code channels} tiles of the given size. */
    public static GridLayout nearSquare(int channels, int tileWidth, int tileHeight, int gap) {
        if (channels <= 0) {
            throw new IllegalArgumentException("need at least one channel, got " + channels);
        }
        int columns = (int) Math.ceil(Math.sqrt(channels));
        int rows = (channels + columns - 1) / columns;
        return new GridLayout(channels, columns, rows, tileWidth, tileHeight, gap);
    }

    /** Width of the whole grid in pixels. */
    public int width() {
        return columns * tileWidth + (columns - 1) * gap;
    }

    /** Height of the whole grid in pixels. */
    public int height() {
        return rows * tileHeight + (rows - 1) * gap;
    }

    /** Left edge of channel {@code c}'s tile. */
    public int tileX(int c) {
        return (c % columns) * (tileWidth + gap);
    }

    /** Top edge of channel {@code c}'s tile. */
    public int tileY(int c) {
        return (c / columns) * (tileHeight + gap);
    }

    /** The channel whose tile covers pixel ({@code x}, {@code y}), or -1 for a gap or an empty cell. */
    public int channelAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width() || y >= height()) {
            return -1;
        }
        int col = x / (tileWidth + gap);
        int row = y / (tileHeight + gap);
        if (x - col * (tileWidth + gap) >= tileWidth || y - row * (tileHeight + gap) >= tileHeight) {
            return -1;
        }
        int c = row * columns + col;
        return c < channels ? c : -1;
    }
}
