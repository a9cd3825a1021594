// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.Interpolation;
import dev.lamina.data.image.PixelImage;
import dev.lamina.data.image.Resizer;

/**
 * Thumbnails of dataset images, made lazily by a small fixed pool of worker threads through the data bundle's
 * {@link ImageDecoder} and {@link Resizer}, kept on disk (one small file per image, keyed by its path, size and
 * modification time, so a reopened dataset paints without decoding) and in memory as SWT images, least recently
 * used first out, within {@link #MEMORY_BUDGET_BYTES} of pixels. Requests beyond {@link #MAX_PENDING} drop the
 * oldest: a fast scroll decodes what is on screen now, not what passed by.
 */
public final class ThumbnailCache {

    /** The longest side of a thumbnail in pixels; smaller images are kept at their size. */
    public static final int SIZE = 128;
    /** The memory bound: 32 MiB of 32-bit pixels, 512 thumbnails of 128×128 or about 10,000 of 28×28. */
    public static final long MEMORY_BUDGET_BYTES = 32L << 20;
    /** Requests waiting for a worker at most; older ones are dropped (and asked for again if still visible). */
    static final int MAX_PENDING = 512;
    /** How long one paint may spend making SWT images from arrived thumbnails. */
    static final long PAINT_BUDGET_NANOS = 8_000_000L;

    /** Makes the cache of a grid, given the grid's display and what to run when thumbnails arrive. */
    public interface Factory {
        ThumbnailCache create(Display display, Runnable onReady);
    }

    private static final byte[] MAGIC = "LTH1".getBytes(StandardCharsets.US_ASCII);

    private final Display display;
    private final Path diskFolder;
    private final Runnable onReady;
    private final ImageDecoder decoder = new ImageDecoder();
    private final LinkedBlockingDeque<Path> queue = new LinkedBlockingDeque<>();
    private final Set<Path> queued = ConcurrentHashMap.newKeySet();
    private final Map<Path, ImageData> ready = new ConcurrentHashMap<>();
    private final Map<Path, String> failed = new ConcurrentHashMap<>();
    private final LinkedHashMap<Path, Image> memory = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicBoolean redrawPosted = new AtomicBoolean();
    private final Thread[] workers;
    private long memoryBytes;
    private long paintDeadline = Long.MAX_VALUE;
    private boolean deferred;
    private volatile boolean disposed;

    /**
     * @param display    where the SWT images live
     * @param diskFolder the disk cache (created when needed); {@code null} for none
     * @param onReady    run on the UI thread, at most once per batch, when thumbnails have arrived
     */
    public ThumbnailCache(Display display, Path diskFolder, Runnable onReady) {
        this.display = display;
        this.diskFolder = diskFolder;
        this.onReady = onReady;
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(this::work, "lamina-thumbnails-" + i);
            workers[i].setDaemon(true);
            workers[i].setPriority(Thread.NORM_PRIORITY - 1);
            workers[i].start();
        }
    }

    /**
     * The thumbnail of a file, or {@code null} while it is being made (it is then asked for, and {@code onReady}
     * runs when it has come). UI thread only.
     */
    public Image get(Path file) {
        Image image = memory.get(file);
        if (image != null) {
            return image;
        }
        if (!ready.containsKey(file)) {
            request(file);
            return null;
        }
        if (System.nanoTime() > paintDeadline) {
            deferred = true; // made on a later paint: one paint never blocks the UI thread for long
            return null;
        }
        ImageData data = ready.remove(file);
        if (data != null) {
            image = new Image(display, data);
            memory.put(file, image);
            memoryBytes += bytes(image);
            evict();
            return image;
        }
        return null;
    }

    /**
     * Starts a paint: SWT images are made from arrived thumbnails for at most {@link #PAINT_BUDGET_NANOS}; the rest
     * wait for the next paint, which {@link #endPaint()} asks for.
     */
    public void beginPaint() {
        paintDeadline = System.nanoTime() + PAINT_BUDGET_NANOS;
        deferred = false;
    }

    /** Ends a paint; when thumbnails were left for later, asks for another paint soon. */
    public void endPaint() {
        paintDeadline = Long.MAX_VALUE;
        if (deferred) {
            deferred = false;
            display.timerExec(5, () -> {
                if (!disposed) {
                    onReady.run();
                }
            });
        }
    }

    private void request(Path file) {
        if (!failed.containsKey(file) && queued.add(file)) {
            queue.addFirst(file);
            while (queue.size() > MAX_PENDING) {
                Path dropped = queue.pollLast();
                if (dropped != null) {
                    queued.remove(dropped);
                }
            }
        }
    }

    /** Whether a thumbnail is in memory, or could not be made (nothing more will come for it). UI thread. */
    public boolean settled(Path file) {
        return memory.containsKey(file) || failed.containsKey(file);
    }

    /** Why a thumbnail could not be made, or {@code null}. */
    public String failure(Path file) {
        return failed.get(file);
    }

    /** Thumbnails held in memory now (UI thread). */
    public int memoryCount() {
        return memory.size();
    }

    /** Bytes of thumbnail pixels held in memory now (UI thread). */
    public long memoryBytes() {
        return memoryBytes;
    }

    /** Drops what memory and the queue hold for files that changed (the disk cache is keyed by content). */
    public void forget(Path file) {
        Image image = memory.remove(file);
        if (image != null) {
            memoryBytes -= bytes(image);
            image.dispose();
        }
        failed.remove(file);
    }

    private void evict() {
        Iterator<Map.Entry<Path, Image>> eldest = memory.entrySet().iterator();
        while (memoryBytes > MEMORY_BUDGET_BYTES && eldest.hasNext()) {
            Image image = eldest.next().getValue();
            memoryBytes -= bytes(image);
            image.dispose();
            eldest.remove();
        }
    }

    private static long bytes(Image image) {
        var bounds = image.getBounds();
        return 4L * bounds.width * bounds.height;
    }

    private void work() {
        while (!disposed) {
            Path file;
            try {
                file = queue.takeFirst();
            } catch (InterruptedException e) {
                return;
            }
            try {
                ready.put(file, SwtPixels.toImageData(thumbnail(file)));
            } catch (DataException e) {
                failed.put(file, e.problem());
            } catch (RuntimeException e) {
                failed.put(file, String.valueOf(e.getMessage()));
            } finally {
                queued.remove(file);
            }
            if (!disposed && redrawPosted.compareAndSet(false, true)) {
                display.asyncExec(() -> {
                    redrawPosted.set(false);
                    if (!disposed) {
                        onReady.run();
                    }
                });
            }
        }
    }

    /** The thumbnail's RGB pixels: from the disk cache, else decoded, resized and written there. */
    PixelImage thumbnail(Path file) {
        Path cached = null;
        if (diskFolder != null) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                cached = diskFolder.resolve(key(file, attributes.size(), attributes.lastModifiedTime().toMillis()));
                PixelImage kept = read(cached);
                if (kept != null) {
                    return kept;
                }
            } catch (IOException e) {
                cached = null; // the decode below names the file's problem
            }
        }
        PixelImage image = fit(decoder.decode(file, ColorMode.RGB));
        if (cached != null) {
            write(cached, image);
        }
        return image;
    }

    /** Shrinks an image (never enlarges) to fit {@link #SIZE}, keeping its aspect ratio. */
    static PixelImage fit(PixelImage image) {
        int longest = Math.max(image.width(), image.height());
        if (longest <= SIZE) {
            return image;
        }
        int width = Math.max(1, Math.round((float) image.width() * SIZE / longest));
        int height = Math.max(1, Math.round((float) image.height() * SIZE / longest));
        return Resizer.resize(image, width, height, Interpolation.BILINEAR);
    }

    /** The disk cache's file name of an image: a hash of its path, size, time and the thumbnail size. */
    static String key(Path file, long size, long modified) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((file.toAbsolutePath() + "\0" + size + "\0" + modified + "\0" + SIZE)
                    .getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(hash, 0, 16);
            return hex.substring(0, 2) + "/" + hex.substring(2) + ".thumb";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PixelImage read(Path cached) {
        try {
            byte[] bytes = Files.readAllBytes(cached);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            int width = in.getShort() & 0xffff;
            int height = in.getShort() & 0xffff;
            if (!java.util.Arrays.equals(magic, MAGIC) || in.remaining() != width * height * 3) {
                return null;
            }
            byte[] pixels = new byte[width * height * 3];
            in.get(pixels);
            return new PixelImage(width, height, 3, pixels);
        } catch (IOException | RuntimeException e) {
            return null; // not there yet, or damaged: made again
        }
    }

    private static void write(Path cached, PixelImage image) {
        try {
            Files.createDirectories(cached.getParent());
            Path temp = Files.createTempFile(cached.getParent(), "thumb", ".tmp");
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + image.pixels().length);
            out.put(MAGIC).putShort((short) image.width()).putShort((short) image.height()).put(image.pixels());
            Files.write(temp, out.array());
            try {
                Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a full or read-only disk only costs decoding again next time
        }
    }

    /** Stops the workers and frees the SWT images. UI thread. */
    public void dispose() {
        disposed = true;
        for (Thread worker : workers) {
            worker.interrupt();
        }
        memory.values().forEach(Image::dispose);
        memory.clear();
        memoryBytes = 0;
        queue.clear();
        ready.clear();
    }
}
