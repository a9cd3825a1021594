// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import dev.lamina.data.image.PixelImage;

import java.util.List;

/**
 * A labelled list of images, each loaded already converted to the source's colour mode and
 * resized to its target size. Implementations must allow {@link #load} from several threads.
 */
public interface SampleSource {

    /** Number of samples. */
    int size();

    /** Class index (0-based) of sample {@code index}. */
    int label(int index);

    /** Class names; labels index into this list. */
    List<String> classNames();

    /** Channels of every loaded image (1, 3 or 4). */
    int channels();

    /** Rows of every loaded image. */
    int height();

    /** Columns of every loaded image. */
    int width();

    /**
     * Decodes sample {@code index}, converted and resized.
     *
     * @throws dev.lamina.data.DataException naming the file when it cannot be decoded
     */
    PixelImage load(int index);

    /**
     * {@link #load(int)}, writing the pixels into {@code into} where it can: the caller gives an
     * array of {@code channels() * height() * width()} bytes that it is done with, and the image
     * returned may use it. Loops that use each image once before loading the next (the batch
     * pipeline's workers) save an allocation per image this way.
     */
    default PixelImage load(int index, byte[] into) {
        return load(index);
    }

    /** A name for sample {@code index} in messages, usually its file path. */
    String describe(int index);
}
