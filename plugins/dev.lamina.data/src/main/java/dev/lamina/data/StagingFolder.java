// SPDX-License-Identifier: EPL-2.0
package dev.lamina.data;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A temporary folder beside a destination folder, filled and then moved into place in one step, so
 * that the destination either appears complete or not at all. Closing without {@link #commit()}
 * deletes everything written.
 */
public final class StagingFolder implements AutoCloseable {

    private final Path destination;
    private final Path staging;
    private boolean committed;

    private StagingFolder(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /**
     * Creates a staging folder for {@code destination}, which must not exist or be an empty folder.
     *
     * @throws DataException naming the destination when it is in the way or cannot be created
     */
    public static StagingFolder beside(Path destination) {
        Path target = destination.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new DataException(destination, Files.isDirectory(target)
                    ? "destination folder already exists and is not empty" : "destination exists and is not a folder");
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
            return new StagingFolder(target, staging);
        } catch (IOException e) {
            throw new DataException(destination, "cannot create a folder beside it (" + e.getMessage() + ")", e);
        }
    }

    /** The temporary folder to write into. */
    public Path path() {
        return staging;
    }

    /** Moves the staging folder to the destination. */
    public void commit() {
        try {
            if (Files.isDirectory(destination)) {
                Files.delete(destination); // empty, checked in beside(); a race makes this fail, as it should
            }
            try {
                Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, destination);
            }
            committed = true;
        } catch (IOException e) {
            throw new DataException(destination, "cannot move the finished folder into place (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /** Deletes {@code root} and everything under it, without following links; best effort. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort: leftovers carry the ".partial-" name and are easy to recognise.
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
