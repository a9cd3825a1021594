// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.natives;

import dev.lamina.data.image.NativeCodecs;
import dev.lamina.data.pipeline.SlabAllocator;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.lang.ref.Cleaner;

/**
 * {@link NativeCodecs} on libdeflate (zlib streams) and libjpeg-turbo's TurboJPEG API (JPEG),
 * called through the foreign-function API. The calls are short and never call back, so they are
 * made "critical": Java arrays go to the libraries in place, without copies. Each thread keeps its
 * own decompressor handles (neither library allows sharing one between threads); a cleaner frees
 * them once the thread is gone (every batch pipeline has threads of its own).
 */
public final class FfmCodecs implements NativeCodecs, SlabAllocator {

    private static final int LIBDEFLATE_SUCCESS = 0;
    private static final int TJPF_RGB = 0;
    private static final int TJPF_GRAY = 6;
    private static final int TJCS_RGB = 0;
    private static final int TJCS_YCBCR = 1;
    private static final int TJCS_GRAY = 2;

    private final MethodHandle allocDecompressor;
    private final MethodHandle zlibDecompress;
    private final MethodHandle tjInitDecompress;
    private final MethodHandle tjDecompressHeader3;
    private final MethodHandle tjDecompress2;
    private final MethodHandle freeDecompressor;
    private final MethodHandle tjDestroy;
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int PROT_READ_WRITE = 0x1 | 0x2;
    private static final int MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;
    private final MethodHandle mmap;
    private final MethodHandle munmap;
    private final ThreadLocal<Handles> handles = ThreadLocal.withInitial(this::newHandles);

    /** Loads both libraries; throws when either cannot be loaded or lacks a function. */
    public FfmCodecs() throws IOException {
        if (!NativeLibraries.platformSupported()) {
            throw new IOException("bundled libraries are for " + NativeLibraries.PLATFORM + ", not "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        Linker linker = Linker.nativeLinker();
        Linker.Option critical = Linker.Option.critical(true);
        SymbolLookup deflate = NativeLibraries.open("libdeflate.so.0");
        SymbolLookup jpeg = NativeLibraries.open("libturbojpeg.so.0");
        ValueLayout.OfInt cInt = ValueLayout.JAVA_INT;
        ValueLayout.OfLong size = ValueLayout.JAVA_LONG;
        ValueLayout pointer = ValueLayout.ADDRESS;
        allocDecompressor = linker.downcallHandle(find(deflate, "libdeflate_alloc_decompressor"),
                FunctionDescriptor.of(pointer));
        zlibDecompress = linker.downcallHandle(find(deflate, "libdeflate_zlib_decompress"),
                FunctionDescriptor.of(cInt, pointer, pointer, size, pointer, size, pointer), critical);
        tjInitDecompress = linker.downcallHandle(find(jpeg, "tjInitDecompress"), FunctionDescriptor.of(pointer));
        tjDecompressHeader3 = linker.downcallHandle(find(jpeg, "tjDecompressHeader3"),
                FunctionDescriptor.of(cInt, pointer, pointer, size, pointer, pointer, pointer, pointer), critical);
        tjDecompress2 = linker.downcallHandle(find(jpeg, "tjDecompress2"),
                FunctionDescriptor.of(cInt, pointer, pointer, size, pointer, cInt, cInt, cInt, cInt, cInt), critical);
        freeDecompressor = linker.downcallHandle(find(deflate, "libdeflate_free_decompressor"),
                FunctionDescriptor.ofVoid(pointer));
        tjDestroy = linker.downcallHandle(find(jpeg, "tjDestroy"), FunctionDescriptor.of(cInt, pointer));
        SymbolLookup libc = linker.defaultLookup();
        mmap = linker.downcallHandle(find(libc, "mmap"),
                FunctionDescriptor.of(pointer, pointer, size, cInt, cInt, cInt, size));
        munmap = linker.downcallHandle(find(libc, "munmap"), FunctionDescriptor.of(cInt, pointer, size));
        newHandles(); // fails here, not on the first image, when the libraries do not work
    }

    @Override
    public String describe() {
        return "libdeflate 1.14, libjpeg-turbo 2.1.5 (" + NativeLibraries.PLATFORM + ")";
    }

    @Override
    public boolean inflateZlib(byte[] in, int offset, int length, byte[] out, int outLength) {
        if (offset < 0 || length < 0 || offset + length > in.length || outLength < 0 || outLength > out.length) {
            throw new IndexOutOfBoundsException("bad range");
        }
        try {
            // A null actual-size pointer makes libdeflate require exactly outLength bytes.
            int result = (int) zlibDecompress.invokeExact(handles.get().deflate,
                    MemorySegment.ofArray(in).asSlice(offset, length), (long) length,
                    MemorySegment.ofArray(out), (long) outLength, MemorySegment.NULL);
            return result == LIBDEFLATE_SUCCESS;
        } catch (Throwable e) {
            throw new IllegalStateException("libdeflate call failed", e);
        }
    }

    @Override
    public JpegHeader readJpegHeader(byte[] bytes, int length) {
        Handles h = handles.get();
        int[] header = h.header;
        MemorySegment ints = MemorySegment.ofArray(header);
        try {
            int status = (int) tjDecompressHeader3.invokeExact(h.jpeg, MemorySegment.ofArray(bytes).asSlice(0, length),
                    (long) length, ints.asSlice(0, 4), ints.asSlice(4, 4), ints.asSlice(8, 4), ints.asSlice(12, 4));
            int colorspace = header[3];
            if (status != 0 || header[0] <= 0 || header[1] <= 0
                    || colorspace != TJCS_YCBCR && colorspace != TJCS_GRAY && colorspace != TJCS_RGB) {
                return null;
            }
            return new JpegHeader(header[0], header[1], colorspace == TJCS_GRAY ? 1 : 3);
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo call failed", e);
        }
    }

    @Override
    public boolean decodeJpeg(byte[] bytes, int length, JpegHeader header, byte[] pixels) {
        if (pixels.length < header.bytes()) {
            throw new IllegalArgumentException("pixel buffer of " + pixels.length + " bytes, " + header.bytes() + " needed");
        }
        try {
            int status = (int) tjDecompress2.invokeExact(handles.get().jpeg, MemorySegment.ofArray(bytes).asSlice(0, length),
                    (long) length, MemorySegment.ofArray(pixels), header.width(), 0, header.height(),
                    header.channels() == 1 ? TJPF_GRAY : TJPF_RGB, 0);
            // Warnings (a truncated file, say) also return -1: the Java path then names the problem.
            return status == 0;
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo call failed", e);
        }
    }

    /**
     * Anonymous private memory straight from {@code mmap}: the kernel hands out zero pages as they
     * are first written, so the cache's slabs are not zeroed twice; {@code munmap} once the buffer
     * is unreachable.
     */
    @Override
    public ByteBuffer allocate(int bytes) {
        if (bytes <= 0) {
            return null;
        }
        try {
            MemorySegment mapped = (MemorySegment) mmap.invokeExact(MemorySegment.NULL, (long) bytes, PROT_READ_WRITE,
                    MAP_PRIVATE_ANONYMOUS, -1, 0L);
            long address = mapped.address();
            if (address == -1L || address == 0L) {
                return null; // MAP_FAILED
            }
            MethodHandle unmap = munmap;
            return mapped.reinterpret(bytes, Arena.ofAuto(), unused -> {
                try {
                    int ignored = (int) unmap.invokeExact(MemorySegment.ofAddress(address), (long) bytes);
                } catch (Throwable e) {
                    // A cleaner has nobody to tell; the mapping stays until the JVM exits.
                }
            }).asByteBuffer();
        } catch (Throwable e) {
            return null;
        }
    }

    private Handles newHandles() {
        try {
            MemorySegment deflate = (MemorySegment) allocDecompressor.invokeExact();
            MemorySegment jpeg = (MemorySegment) tjInitDecompress.invokeExact();
            if (deflate.equals(MemorySegment.NULL) || jpeg.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("libdeflate or libjpeg-turbo could not allocate a decompressor");
            }
            Handles handles = new Handles(deflate, jpeg, new int[4]);
            CLEANER.register(handles, new Release(freeDecompressor, tjDestroy, deflate, jpeg));
            return handles;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("native decompressor allocation failed", e);
        }
    }

    private static MemorySegment find(SymbolLookup library, String name) {
        return library.find(name).orElseThrow(() -> new IllegalStateException("missing native function " + name));
    }

    /** One thread's decompressors. */
    private record Handles(MemorySegment deflate, MemorySegment jpeg, int[] header) {
    }

    /** Frees a dead thread's decompressors; holds only what it frees, never the {@link Handles}. */
    private record Release(MethodHandle freeDecompressor, MethodHandle tjDestroy, MemorySegment deflate,
            MemorySegment jpeg) implements Runnable {

        @Override
        public void run() {
            try {
                freeDecompressor.invokeExact(deflate);
                int ignored = (int) tjDestroy.invokeExact(jpeg);
            } catch (Throwable e) {
                // Nothing to tell anyone from a cleaner thread; the memory is merely not returned.
            }
        }
    }
}
