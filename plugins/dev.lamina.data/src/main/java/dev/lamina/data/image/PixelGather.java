// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Copies the pixels a nearest-neighbour resize picks from one source row. Three- and four-byte
 * pixels move as one 32-bit load and store each (a three-byte pixel's fourth byte is overwritten by
 * the next pixel), about three times fewer memory operations than byte by byte.
 */
final class PixelGather {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private PixelGather() {
    }

    /**
     * Writes pixel {@code xs[x]} of the row starting at {@code in[row]} to {@code out[o + x * bpp]}
     * for every {@code x}; {@code bpp} is 1 to 4 bytes. Returns the output position after the row.
     */
    static int row(byte[] in, int row, int[] xs, int bpp, byte[] out, int o) {
        int n = xs.length;
        switch (bpp) {
            case 1 -> {
                for (int x = 0; x < n; x++) {
                    out[o + x] = in[row + xs[x]];
                }
                return o + n;
            }
            case 3 -> {
                if (n > 0 && row + 3 * xs[n - 1] + 4 <= in.length && o + 3 * n + 1 <= out.length) {
                    // The common case, the whole row without checks: every 4-byte load and store fits.
                    for (int x = 0; x < n; x++, o += 3) {
                        INT.set(out, o, (int) INT.get(in, row + 3 * xs[x]));
                    }
                    return o;
                }
                int safeIn = in.length - 4;
                int safeOut = out.length - 4;
                for (int x = 0; x < n; x++, o += 3) {
                    int s = row + 3 * xs[x];
                    if (s <= safeIn && o <= safeOut) {
                        INT.set(out, o, (int) INT.get(in, s));
                    } else {
                        out[o] = in[s];
                        out[o + 1] = in[s + 1];
                        out[o + 2] = in[s + 2];
                    }
                }
                return o;
            }
            case 4 -> {
                for (int x = 0; x < n; x++, o += 4) {
                    INT.set(out, o, (int) INT.get(in, row + 4 * xs[x]));
                }
                return o;
            }
            default -> {
                for (int x = 0; x < n; x++) {
                    int s = row + bpp * xs[x];
                    for (int c = 0; c < bpp; c++) {
                        out[o++] = in[s + c];
                    }
                }
                return o;
            }
        }
    }
}
