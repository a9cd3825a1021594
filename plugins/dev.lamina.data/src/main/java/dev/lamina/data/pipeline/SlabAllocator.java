// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import java.nio.ByteBuffer;

/**
 * Memory for the decoded-image cache's slabs from the operating system directly (a native
 * fragment may provide it): zero pages that are neither on the Java heap nor zeroed a second
 * time, as {@link ByteBuffer#allocateDirect} does before the first write. The cache falls back to
 * {@code allocateDirect} without one.
 */
public interface SlabAllocator {

    /**
     * A direct buffer of {@code bytes} zero bytes whose memory is returned once the buffer is
     * unreachable, or null when none can be had.
     */
    ByteBuffer allocate(int bytes);
}
