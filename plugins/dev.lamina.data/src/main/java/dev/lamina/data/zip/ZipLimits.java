// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.zip;

/**
 * Limits that stop zip bombs. They are checked against the bytes actually written, not against
 * what entry headers claim.
 *
 * @param maxEntries      most entries the archive may list
 * @param maxTotalBytes   most bytes all extracted files may add up to
 * @param maxRatio        most an entry, or the whole archive, may expand relative to its compressed size
 * @param ratioFloorBytes the ratio is only enforced beyond this many written bytes (small files compress well)
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, double maxRatio, long ratioFloorBytes) {

    public ZipLimits {
        if (maxEntries <= 0 || maxTotalBytes <= 0 || maxRatio <= 1 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive (ratio above 1)");
        }
    }

    /** 200,000 entries, 16 GiB in all, expansion at most 100 times beyond the first MiB. */
    public static ZipLimits defaults() {
        return new ZipLimits(200_000, 16L << 30, 100, 1L << 20);
    }
}
