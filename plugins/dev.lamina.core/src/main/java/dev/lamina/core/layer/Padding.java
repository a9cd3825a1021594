// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.layer;

import java.util.Optional;

/** Keras padding modes for convolutions and pooling. */
public enum Padding {
    /** No padding: the window must fit, output {@code floor((n − k) / s) + 1}. */
    VALID("valid"),
    /** Zero padding so that output is {@code ceil(n / s)}. */
    SAME("same");

    private final String kerasName;

    Padding(String kerasName) {
        this.kerasName = kerasName;
    }

    /** {@code valid} or {@code same}. */
    public String kerasName() {
        return kerasName;
    }

    /** The padding with the given Keras name. */
    public static Optional<Padding> fromKerasName(String name) {
        for (Padding padding : values()) {
            if (padding.kerasName.equals(name)) {
                return Optional.of(padding);
            }
        }
        return Optional.empty();
    }

    /** Output length along one axis, or 0 when a {@link #VALID} window of size k does not fit n. */
    public int outputLength(int n, int k, int stride) {
        return switch (this) {
            case VALID -> n < k ? 0 : (n - k) / stride + 1;
            case SAME -> (n + stride - 1) / stride;
        };
    }
}
