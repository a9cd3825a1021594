// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data.folder;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.ImageFormat;
import dev.lamina.data.image.ImageHeader;
import dev.lamina.data.image.ImageReadException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scans a folder of class folders with Keras {@code flow_from_directory} semantics: classes are the
 * sorted sub-folder names (or an explicit list), images are found recursively inside each class
 * folder, hidden files and folders are ignored, and symbolic links are followed but loops are not.
 * Nothing stops the scan; every bad file ends up in the report with its reason.
 */
public final class DatasetScanner {

    private final ScanOptions options;
    private ImageDecoder decoder;

    /** A scanner with the given options. */
    public DatasetScanner(ScanOptions options) {
        this.options = options;
    }

    /** Made on first use: its native codecs take longer to load than a count of 25,000 names, which needs none. */
    private synchronized ImageDecoder decoder() {
        if (decoder == null) {
            decoder = new ImageDecoder(options.maxPixels());
        }
        return decoder;
    }

    /** Scans {@code root} with default options. */
    public static ScanReport scan(Path root) {
        return new DatasetScanner(ScanOptions.defaults()).scanFolder(root);
    }

    /**
     * Scans {@code root}.
     *
     * @throws DataException if {@code root} is not a readable folder (the only failure that stops a scan)
     */
    public ScanReport scanFolder(Path root) {
        return scan(root, false);
    }

    /**
     * Counts {@code root}'s images by their names, as Keras does, opening no file: the same classes, order and
     * name-based warnings as {@link #scanFolder}, with every file that has an image extension counted as an image
     * whose {@link ImageFile#header() header} is {@code null}. Files of other names are left to the scan, which
     * reads every header (and may find them images, or find images named so to be bad).
     *
     * @throws DataException if {@code root} is not a readable folder
     */
    public ScanReport countFolder(Path root) {
        return scan(root, true);
    }

    private ScanReport scan(Path root, boolean byName) {
        if (!Files.isDirectory(root)) {
            throw new DataException(root, Files.exists(root) ? "not a folder" : "folder not found");
        }
        List<ScanProblem> problems = new ArrayList<>();
        List<String> classes = options.classes() != null ? options.classes() : listClassFolders(root, problems);
        List<List<Candidate>> perClass = new ArrayList<>();
        List<List<ScanProblem>> walkProblems = new ArrayList<>();
        for (String name : classes) {
            List<Candidate> candidates = new ArrayList<>();
            List<ScanProblem> classProblems = new ArrayList<>();
            Path classDir = root.resolve(name);
            if (!Files.isDirectory(classDir)) {
                classProblems.add(new ScanProblem(classDir, ScanProblemKind.MISSING_CLASS, "class folder not found"));
            } else {
                if (byName) {
                    listClassFolder(classDir, perClass.size(), candidates, classProblems);
                } else {
                    walkClassFolder(classDir, perClass.size(), candidates, classProblems);
                }
            }
            perClass.add(candidates);
            walkProblems.add(classProblems);
        }
        List<Candidate> all = perClass.stream().flatMap(List::stream).toList();
        List<Outcome> outcomes = byName ? all.stream().map(DatasetScanner::count).toList() : check(all);

        List<ImageFile> images = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < classes.size(); c++) {
            problems.addAll(walkProblems.get(c));
            int usable = 0;
            for (int i = 0; i < perClass.get(c).size(); i++, next++) {
                Outcome outcome = outcomes.get(next);
                if (outcome.image() != null) {
                    images.add(outcome.image());
                    usable++;
                }
                problems.addAll(outcome.problems());
            }
            Path classDir = root.resolve(classes.get(c));
            if (usable == 0 && Files.isDirectory(classDir) && (!byName || perClass.get(c).isEmpty())) {
                problems.add(new ScanProblem(classDir, ScanProblemKind.EMPTY_CLASS, perClass.get(c).isEmpty()
                        ? "empty class folder (no image files)" : "class folder has no usable images"));
            }
        }
        if (classes.isEmpty()) {
            problems.add(new ScanProblem(root, ScanProblemKind.NO_CLASSES,
                    "no class folders (expected one sub-folder of images per class)"));
        } else if (classes.size() == 1) {
            problems.add(new ScanProblem(root, ScanProblemKind.ONLY_ONE_CLASS, "only one class folder ("
                    + classes.get(0) + "); a classifier needs at least two"));
        }
        problems.addAll(DatasetWarnings.of(root, classes, options.classes() != null, images));
        return new ScanReport(root, classes, images, problems);
    }

    private List<String> listClassFolders(Path root, List<ScanProblem> problems) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isHidden(name)) {
                    ScanProblem hidden = Files.isDirectory(entry) ? DatasetWarnings.hiddenFolder(entry) : null;
                    if (hidden != null) {
                        problems.add(hidden);
                    }
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    names.add(name);
                } else {
                    problems.add(new ScanProblem(entry, ScanProblemKind.OUTSIDE_CLASS_FOLDER,
                            "file outside any class folder (ignored)"));
                }
            }
        } catch (IOException e) {
            throw new DataException(root, "cannot list folder (" + e.getMessage() + ")", e);
        }
        names.sort(null);
        problems.sort(Comparator.comparing(p -> p.path().toString()));
        return names;
    }

    private void walkClassFolder(Path classDir, int classIndex, List<Candidate> candidates, List<ScanProblem> problems) {
        try {
            Files.walkFileTree(classDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(classDir) && isHidden(dir.getFileName().toString())
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (!isHidden(file.getFileName().toString())) {
                                candidates.add(new Candidate(file, classIndex, attrs.isRegularFile()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(file.getFileName().toString())) {
                                problems.add(walkFailure(file, e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(walkFailure(classDir, e));
        }
        sortInKerasOrder(candidates);
    }

    /** Keras order: folders sorted by path, files sorted by name within each folder. */
    private static void sortInKerasOrder(List<Candidate> candidates) {
        record Keyed(String folder, String name, Candidate candidate) {
        }
        List<Keyed> keyed = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            keyed.add(new Keyed(c.path().getParent().toString(), c.path().getFileName().toString(), c));
        }
        keyed.sort(Comparator.comparing(Keyed::folder).thenComparing(Keyed::name));
        candidates.clear();
        for (Keyed k : keyed) {
            candidates.add(k.candidate());
        }
    }

    /**
     * The count's walk: names only. A name with an image extension is taken for a file without asking the file
     * system (a {@code stat} per file is most of a walk's time); other names are asked whether they are folders to
     * go into. Links to folders are followed, a folder seen before (a loop) is not. Keras order, as the walk.
     */
    private static void listClassFolder(Path classDir, int classIndex, List<Candidate> candidates,
            List<ScanProblem> problems) {
        Set<Path> seen = new HashSet<>();
        Deque<Path> folders = new ArrayDeque<>(List.of(classDir));
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            try {
                if (!seen.add(folder.toRealPath())) {
                    problems.add(new ScanProblem(folder, ScanProblemKind.SYMLINK_LOOP,
                            "symbolic link loop (not followed)"));
                    continue;
                }
            } catch (IOException e) {
                problems.add(walkFailure(folder, e));
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (isHidden(name)) {
                        continue;
                    }
                    if (ImageFormat.hasImageExtension(name)) {
                        candidates.add(new Candidate(entry, classIndex, true));
                    } else if (Files.isDirectory(entry)) {
                        folders.push(entry);
                    }
                }
            } catch (IOException e) {
                problems.add(walkFailure(folder, e));
            }
        }
        sortInKerasOrder(candidates);
    }

    private static ScanProblem walkFailure(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return new ScanProblem(file, ScanProblemKind.SYMLINK_LOOP, "symbolic link loop (not followed)");
        }
        if (hasUnreadableName(file)) {
            return unreadableName(file);
        }
        if (e instanceof AccessDeniedException) {
            return new ScanProblem(file, ScanProblemKind.UNREADABLE_FILE, "permission denied");
        }
        return new ScanProblem(file, ScanProblemKind.UNREADABLE_FILE, "cannot read (" + DataException.oneLine(
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())) + ")");
    }

    private List<Outcome> check(List<Candidate> candidates) {
        if (options.threads() == 1 || candidates.size() < 16) {
            return candidates.stream().map(this::check).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), candidates.size()),
                runnable -> {
                    Thread thread = new Thread(runnable, "lamina-scan");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Outcome>> futures = new ArrayList<>(candidates.size());
            for (Candidate candidate : candidates) {
                futures.add(pool.submit(() -> check(candidate)));
            }
            List<Outcome> outcomes = new ArrayList<>(candidates.size());
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException(null, "scan interrupted", e);
        } catch (ExecutionException e) {
            throw new DataException(null, "scan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome count(Candidate candidate) {
        Outcome refused = refusedByName(candidate);
        if (refused != null) {
            return refused;
        }
        return ImageFormat.hasImageExtension(candidate.path().getFileName().toString())
                ? new Outcome(new ImageFile(candidate.path(), candidate.classIndex(), null), List.of())
                : new Outcome(null, List.of());
    }

    /** The problem found without reading the file, or {@code null}. */
    private static Outcome refusedByName(Candidate candidate) {
        Path file = candidate.path();
        if (hasUnreadableName(file)) {
            return Outcome.problem(unreadableName(file));
        }
        if (!candidate.regularFile()) {
            return Outcome.problem(new ScanProblem(file, ScanProblemKind.UNREADABLE_FILE,
                    Files.isSymbolicLink(file) ? "broken symbolic link" : "not a regular file"));
        }
        return null;
    }

    private Outcome check(Candidate candidate) {
        Outcome refused = refusedByName(candidate);
        if (refused != null) {
            return refused;
        }
        Path file = candidate.path();
        ImageHeader header;
        try {
            header = options.verify() ? decoder().verify(file) : decoder().probe(file);
        } catch (ImageReadException e) {
            return Outcome.problem(new ScanProblem(file, kindOf(e), e.problem()));
        } catch (DataException e) {
            return Outcome.problem(new ScanProblem(file, ScanProblemKind.UNREADABLE_FILE, e.problem()));
        }
        List<ScanProblem> notes = new ArrayList<>(1);
        String name = file.getFileName().toString();
        if (!header.format().matchesExtension(name)) {
            String ext = ImageFormat.extensionOf(name);
            notes.add(new ScanProblem(file, ScanProblemKind.WRONG_EXTENSION, "is a " + header.format() + " image but "
                    + (ext.isEmpty() ? "has no extension" : "named ." + ext) + " (accepted)"));
        }
        if ("cmyk".equals(header.colorModel())) {
            notes.add(new ScanProblem(file, ScanProblemKind.CONVERTED_COLOR, "CMYK " + header.format()
                    + " image, converted to RGB (colours may differ slightly)"));
        }
        return new Outcome(new ImageFile(file, candidate.classIndex(), header), notes);
    }

    private static ScanProblemKind kindOf(ImageReadException e) {
        return switch (e.fault()) {
            case EMPTY -> ScanProblemKind.EMPTY_FILE;
            case TRUNCATED -> ScanProblemKind.TRUNCATED;
            case NOT_AN_IMAGE -> ScanProblemKind.NOT_AN_IMAGE;
            case CORRUPT -> ScanProblemKind.CORRUPT;
            case UNSUPPORTED_COLOR_MODEL -> ScanProblemKind.UNSUPPORTED_COLOR_MODEL;
            case TOO_MANY_PIXELS -> ScanProblemKind.TOO_MANY_PIXELS;
            case UNREADABLE -> ScanProblemKind.UNREADABLE_FILE;
        };
    }

    /** Names that are not valid in the platform encoding (shown with U+FFFD) or hold control characters. */
    static boolean hasUnreadableName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static ScanProblem unreadableName(Path file) {
        return new ScanProblem(file, ScanProblemKind.UNREADABLE_NAME, "unreadable file name (invalid characters for "
                + System.getProperty("sun.jnu.encoding", "the platform encoding") + " or control characters; rename it)");
    }

    static boolean isHidden(String name) {
        return name.startsWith(".") || name.equals("__MACOSX") || name.equalsIgnoreCase("Thumbs.db")
                || name.equalsIgnoreCase("desktop.ini");
    }

    private record Candidate(Path path, int classIndex, boolean regularFile) {
    }

    private record Outcome(ImageFile image, List<ScanProblem> problems) {
        static Outcome problem(ScanProblem problem) {
            return new Outcome(null, List.of(problem));
        }
    }
}
