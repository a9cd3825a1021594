// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.decode;

import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes what the dataset path makes of some image files, for a peer to compare: each file decoded,
 * converted to RGB and resized as {@code FolderSource} does, as raw HWC bytes in
 * {@code OUT/<n>.rgb} (n counting the files from 0).
 *
 * <pre>
 * java -cp ... dev.lamina.benchmarks.decode.DecodeDump OUT SIZE nearest|bilinear FILE...
 * </pre>
 */
public final class DecodeDump {

    private DecodeDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: DecodeDump OUT SIZE nearest|bilinear FILE...");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        int size = Integer.parseInt(args[1]);
        Interpolation interpolation = Interpolation.parse(args[2]);
        ImageDecoder decoder = new ImageDecoder();
        for (int i = 3; i < args.length; i++) {
            PixelImage image = decoder.decode(Path.of(args[i]), ColorMode.RGB, size, size, interpolation);
            Files.write(out.resolve(String.format(Locale.ROOT, "%d.rgb", i - 3)), image.pixels());
        }
        System.out.println("wrote " + (args.length - 3) + " images, decoders: "
                + (decoder.usesNatives() ? "native" : "Java"));
    }
}
