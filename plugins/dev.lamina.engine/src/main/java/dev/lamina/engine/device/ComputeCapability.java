// SPDX-License-Identifier: EPL-2.0
package dev.lamina.engine.device;

import java.util.Optional;

/**
 * A CUDA compute capability, e.g. 8.6 ({@code sm_86}): which machine code a GPU runs.
 *
 * @param major the architecture generation (8 = Ampere and Ada, 9 = Hopper)
 * @param minor the revision within it
 */
public record ComputeCapability(int major, int minor) implements Comparable<ComputeCapability> {

    public ComputeCapability {
        if (major < 1 || minor < 0 || minor > 9) {
            throw new IllegalArgumentException("not a compute capability: " + major + "." + minor);
        }
    }

    /** Parses {@code 8.6} as {@code nvidia-smi} prints it; empty for anything else. */
    public static Optional<ComputeCapability> parse(String text) {
        String t = text.strip();
        int dot = t.indexOf('.');
        if (dot <= 0 || dot != t.length() - 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ComputeCapability(Integer.parseInt(t.substring(0, dot)),
                    Integer.parseInt(t.substring(dot + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The architecture name of code built for it, e.g. {@code sm_86}. */
    public String sm() {
        return "sm_" + major + minor;
    }

    @Override
    public int compareTo(ComputeCapability other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
