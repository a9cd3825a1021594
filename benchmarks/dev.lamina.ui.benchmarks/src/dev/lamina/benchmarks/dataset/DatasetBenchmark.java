// SPDX-License-Identifier: EPL-2.0
package dev.lamina.benchmarks.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.data.folder.DatasetScanner;
import dev.lamina.data.folder.ScanOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.idx.IdxDataset;
import dev.lamina.data.idx.IdxExporter;
import dev.lamina.ui.dataset.images.ImagesPage;
import dev.lamina.ui.dataset.images.ThumbnailCache;
import dev.lamina.ui.dataset.images.ThumbnailGrid;

/**
 * The dataset editor's speed on Fashion-MNIST exported to class folders of PNGs, with the editor's own classes:
 * <ol>
 * <li>time to class counts (the count by file names the Classes page shows first), to every header read and to
 * the full, decoding scan;</li>
 * <li>time to the first screen of thumbnails in a 1400×900 Images page, with a cold and a warm disk cache;</li>
 * <li>the longest the UI thread is busy at a time (one paint or one event) while scrolling through every
 * thumbnail a screen at a time, one screen per 16 ms, and the most thumbnail memory held.</li>
 * </ol>
 * A main class, not a test: it prints figures and asserts nothing. Arguments: FOLDER COUNT [FASHION_MNIST_DIR].
 */
public final class DatasetBenchmark {

    private static final List<String> NAMES = List.of("tshirt", "trouser", "pullover", "dress", "coat", "sandal",
            "shirt", "sneaker", "bag", "boot");

    private DatasetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path fashion = Path.of(args.length > 2 ? args[2] : "/usr/share/datasets/fashion-mnist");
        prepare(folder, count, fashion);

        long start = System.nanoTime();
        ScanReport counted = new DatasetScanner(ScanOptions.defaults()).countFolder(folder);
        long countMillis = millis(start);
        print("class counts, first in a JVM", countMillis, counted.images().size() + " image files in "
                + counted.classes().size() + " classes, counted by name as Keras does (what the editor shows first)");
        start = System.nanoTime();
        new DatasetScanner(ScanOptions.defaults()).countFolder(folder);
        print("class counts, again", millis(start), "the same count in a JVM that has made one (a workbench's)");
        start = System.nanoTime();
        ScanReport quick = new DatasetScanner(ScanOptions.defaults().withVerify(false)).scanFolder(folder);
        print("headers read", millis(start), quick.images().size() + " images in " + quick.classes().size()
                + " classes, every header read (sizes, colour modes, files that are no images)");
        start = System.nanoTime();
        ScanReport full = DatasetScanner.scan(folder);
        print("full scan", millis(start), "every file decoded (the Problems markers wait for it)");

        Path cache = Files.createTempDirectory("lamina-thumbnails");
        Display display = new Display();
        try {
            // The editor shows the count's tiles at once (headers not read yet), then the scans' reports.
            long cold = firstScreen(display, counted, cache, "first screen, cold disk cache", countMillis).millis();
            ImagesPage page = firstScreen(display, full, cache, "first screen, warm disk cache", -1).page();
            print("open to first screen", countMillis + cold, "class counts + first screen, cold disk cache: the"
                    + " first JVM's count and thumbnails");
            scroll(display, page, full.images().size());
            page.getShell().dispose();
        } finally {
            display.dispose();
            delete(cache);
        }
    }

    private static void prepare(Path folder, int count, Path fashion) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                if (files.filter(Files::isRegularFile).count() == count) {
                    return;
                }
            }
            delete(folder);
        }
        long start = System.nanoTime();
        IdxDataset data = IdxDataset.read(fashion.resolve("train-images-idx3-ubyte.gz"),
                fashion.resolve("train-labels-idx1-ubyte.gz"), NAMES);
        IdxExporter.export(data, count, folder);
        print("export", millis(start), count + " PNGs of 28×28 from Fashion-MNIST into " + folder);
    }

    private record Screen(ImagesPage page, long millis) {
    }

    private static Screen firstScreen(Display display, ScanReport report, Path cache, String what, long countMillis) {
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1400, 900);
        ImagesPage page = new ImagesPage(shell, (d, onReady) -> new ThumbnailCache(d, cache, onReady));
        shell.open();
        pump(display, 200);
        long start = System.nanoTime();
        page.show(report);
        ThumbnailGrid grid = page.grid();
        grid.update();
        while (grid.visibleMissing() > 0) {
            if (!display.readAndDispatch()) {
                sleep(1);
            }
        }
        long millis = millis(start);
        print(what, millis, grid.visibleMissing() + " missing; " + grid.cache().memoryCount()
                + " thumbnails on screen" + (countMillis >= 0 ? ", tiles of the count by name" : ""));
        if (what.contains("cold")) {
            shell.dispose();
        }
        return new Screen(page, millis);
    }

    private static void scroll(Display display, ImagesPage page, int images) {
        ThumbnailGrid grid = page.grid();
        int screen = grid.getClientArea().height;
        long longest = 0;
        long mostBytes = 0;
        int mostThumbnails = 0;
        int screens = 0;
        grid.takeLongestPaintNanos();
        long start = System.nanoTime();
        for (int y = 0; y < grid.contentHeight(); y += screen) {
            long before = System.nanoTime();
            grid.scrollTo(y);
            grid.update();
            longest = Math.max(longest, System.nanoTime() - before);
            long until = System.nanoTime() + 16_000_000L;
            while (System.nanoTime() < until) {
                long at = System.nanoTime();
                boolean busy = display.readAndDispatch();
                longest = Math.max(longest, System.nanoTime() - at);
                if (!busy) {
                    sleep(1);
                }
            }
            mostBytes = Math.max(mostBytes, grid.cache().memoryBytes());
            mostThumbnails = Math.max(mostThumbnails, grid.cache().memoryCount());
            screens++;
        }
        print("scrolling", millis(start), String.format(Locale.ROOT,
                "%,d images, %d screens, one per 16 ms: longest UI-thread block %.1f ms (longest paint %.1f ms);"
                        + " thumbnail memory at most %,d thumbnails, %.1f MiB (bound %d MiB)",
                images, screens, longest / 1e6, grid.takeLongestPaintNanos() / 1e6, mostThumbnails,
                mostBytes / 1048576.0, ThumbnailCache.MEMORY_BUDGET_BYTES >> 20));
    }

    private static void pump(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                sleep(1);
            }
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void print(String what, long millis, String detail) {
        System.out.printf(Locale.ROOT, "dataset %-32s %,7d ms  %s%n", what + ":", millis, detail);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
