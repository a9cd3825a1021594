// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.pipeline;

import dev.lamina.data.DataException;
import dev.lamina.data.image.PixelImage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decoded images by sample index: in memory up to a byte budget, then appended to a spill file on
 * disk up to a second budget; beyond both, images are simply not cached. Thread-safe. Entries are
 * never evicted, because epochs visit every sample and any kept image saves one decode.
 *
 * <p>The memory tier lives outside the Java heap, in direct slabs of {@value #SLAB_BYTES} bytes
 * (from the native fragment's {@link SlabAllocator} where there is one):
 * a cache of gigabytes that lives as long as the training would otherwise be copied from region
 * to region by every young collection, on the same cores that decode. A lookup copies the pixels
 * back into a short-lived array, which costs a memory copy and no collector work.
 */
public final class DecodedImageCache implements AutoCloseable {

    private final long memoryBudget;
    private final long diskBudget;
    private final Path spillParent;
    static final int SLAB_BYTES = 64 << 20;

    /** The native fragment's allocator, when it provides one. */
    private static final SlabAllocator SLABS =
            dev.lamina.data.image.NativeCodecs.installed() instanceof SlabAllocator allocator ? allocator : null;

    private final Map<Integer, MemoryEntry> memory = new ConcurrentHashMap<>();
    private final Object slabLock = new Object();
    private ByteBuffer slab;
    private boolean memoryRefused;
    private final Map<Integer, DiskEntry> disk = new ConcurrentHashMap<>();
    private final AtomicLong memoryBytes = new AtomicLong();
    private final AtomicLong diskBytes = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private Path spillFile;
    private FileChannel spill;
    private volatile boolean closed;

    /** A cache with the given budgets; the spill file goes under {@code spillParent} (or the temp folder). */
    public DecodedImageCache(long memoryBudgetBytes, long diskBudgetBytes, Path spillParent) {
        this.memoryBudget = memoryBudgetBytes;
        this.diskBudget = diskBudgetBytes;
        this.spillParent = spillParent;
    }

    /** The cached image of sample {@code index}, or {@code null}. */
    public PixelImage get(int index) {
        return get(index, null);
    }

    /**
     * The cached image of sample {@code index}, or {@code null}; its pixels are copied into
     * {@code into} when that has exactly their size (an array the caller no longer needs).
     */
    public PixelImage get(int index, byte[] into) {
        MemoryEntry kept = memory.get(index);
        PixelImage image = kept == null ? null : kept.read(into);
        if (image == null) {
            DiskEntry entry = disk.get(index);
            if (entry != null) {
                image = entry.read(spill, spillFile, into);
            }
        }
        (image == null ? misses : hits).incrementAndGet();
        return image;
    }

    /** Keeps {@code image} for sample {@code index} if a budget allows. */
    public void put(int index, PixelImage image) {
        if (closed || memory.containsKey(index) || disk.containsKey(index)) {
            return;
        }
        long size = image.pixels().length;
        if (reserve(memoryBytes, size, memoryBudget) >= 0) {
            MemoryEntry entry = MemoryEntry.write(place((int) size), image);
            if (entry != null) {
                memory.put(index, entry);
                return;
            }
            memoryBytes.addAndGet(-size);
        }
        long offset = reserve(diskBytes, size, diskBudget);
        if (offset >= 0) {
            disk.put(index, DiskEntry.write(spillChannel(), spillFile, offset, image));
        }
    }

    /** Adds {@code size} to {@code used} if that stays within {@code budget}; returns the old value, or -1. */
    private static long reserve(AtomicLong used, long size, long budget) {
        while (true) {
            long current = used.get();
            if (current + size > budget) {
                return -1;
            }
            if (used.compareAndSet(current, current + size)) {
                return current;
            }
        }
    }

    /**
     * A slab with {@code size} bytes free at its position, which is advanced past them; null when
     * the JVM refuses more direct memory (-XX:MaxDirectMemorySize), after which the disk tier takes
     * the rest.
     */
    private ByteBuffer place(int size) {
        synchronized (slabLock) {
            if (memoryRefused || closed) {
                return null;
            }
            if (slab == null || slab.remaining() < size) {
                int capacity = (int) Math.max(size, Math.min(SLAB_BYTES, memoryBudget));
                try {
                    ByteBuffer fromSystem = SLABS != null ? SLABS.allocate(capacity) : null;
                    slab = fromSystem != null ? fromSystem : ByteBuffer.allocateDirect(capacity);
                } catch (OutOfMemoryError e) {
                    memoryRefused = true;
                    slab = null;
                    return null;
                }
            }
            ByteBuffer region = slab.slice(slab.position(), size);
            slab.position(slab.position() + size);
            return region;
        }
    }

    private synchronized FileChannel spillChannel() {
        if (spill == null) {
            try {
                Path parent = spillParent != null ? spillParent : Path.of(System.getProperty("java.io.tmpdir"));
                Files.createDirectories(parent);
                spillFile = Files.createTempFile(parent, "lamina-cache-", ".bin");
                spillFile.toFile().deleteOnExit();
                spill = FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new DataException(spillParent, "cannot create image cache spill file (" + e.getMessage() + ")", e);
            }
        }
        return spill;
    }

    /** Images held in memory. */
    public int memoryEntries() {
        return memory.size();
    }

    /** Images spilled to disk. */
    public int diskEntries() {
        return disk.size();
    }

    /** Bytes of pixels held in memory. */
    public long memoryBytes() {
        return memoryBytes.get();
    }

    /** Bytes of pixels spilled to disk. */
    public long diskBytes() {
        return diskBytes.get();
    }

    /** Lookups that found an image. */
    public long hits() {
        return hits.get();
    }

    /** Lookups that found nothing. */
    public long misses() {
        return misses.get();
    }

    /** Drops every entry and deletes the spill file. */
    @Override
    public synchronized void close() {
        closed = true;
        memory.clear();
        disk.clear();
        synchronized (slabLock) {
            slab = null; // the slabs go with their last entry
        }
        if (spill != null) {
            try {
                spill.close();
                Files.deleteIfExists(spillFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                spill = null;
            }
        }
    }

    private static byte[] sized(byte[] into, int size) {
        return into != null && into.length == size ? into : new byte[size];
    }

    /** One image in a region of a direct slab that belongs to it alone. */
    private record MemoryEntry(ByteBuffer region, int width, int height, int channels) {

        static MemoryEntry write(ByteBuffer region, PixelImage image) {
            if (region == null) {
                return null;
            }
            region.put(0, image.pixels());
            return new MemoryEntry(region, image.width(), image.height(), image.channels());
        }

        PixelImage read(byte[] into) {
            byte[] pixels = sized(into, width * height * channels);
            region.get(0, pixels);
            return new PixelImage(width, height, channels, pixels);
        }
    }

    /** Where one spilled image lives in the spill file. Positions are reserved, so writes never overlap. */
    private record DiskEntry(long offset, int width, int height, int channels) {

        // Offsets come from the reserved byte count: each writer owns [offset, offset + size).
        static DiskEntry write(FileChannel channel, Path file, long offset, PixelImage image) {
            ByteBuffer buffer = ByteBuffer.wrap(image.pixels());
            try {
                long position = offset;
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            } catch (IOException e) {
                throw new DataException(file, "cannot write image cache (" + e.getMessage() + ")", e);
            }
            return new DiskEntry(offset, image.width(), image.height(), image.channels());
        }

        PixelImage read(FileChannel channel, Path file, byte[] into) {
            byte[] pixels = sized(into, width * height * channels);
            ByteBuffer buffer = ByteBuffer.wrap(pixels);
            try {
                long position = offset;
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position);
                    if (n < 0) {
                        throw new IOException("spill file ends early");
                    }
                    position += n;
                }
            } catch (IOException e) {
                throw new DataException(file, "cannot read image cache (" + e.getMessage() + ")", e);
            }
            return new PixelImage(width, height, channels, pixels);
        }
    }
}
