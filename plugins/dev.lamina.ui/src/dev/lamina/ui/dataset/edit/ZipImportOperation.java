// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.lamina.ui.dataset.Messages;

/**
 * Adds the class folders of an unpacked zip to a dataset: each file is copied into the dataset's class folder of
 * the same name (made when new). A file name already taken is replaced or kept beside the old file with a number
 * ({@code 1 (2).png}), as the user chose. Undo deletes the copies, puts replaced files back and removes the class
 * folders it made. The operation owns the unpacked folder (and the replaced files kept for undo) until it is
 * disposed, so that redo copies the same files again.
 */
public final class ZipImportOperation extends AbstractOperation {

    /** What happens to a file whose name is taken in its class folder. */
    public enum Taken {
        /** The new file gets a number: {@code 1 (2).png}. */
        KEEP_BOTH,
        /** The old file is replaced (and put back on undo). */
        REPLACE
    }

    private final IContainer dataset;
    private final Path classRoot;
    private final Path workFolder;
    private final Taken taken;
    private final List<Path> copies = new ArrayList<>();
    private final List<Path> replaced = new ArrayList<>();
    private final List<Path> madeFolders = new ArrayList<>();

    /**
     * @param dataset    the dataset folder
     * @param zipName    the zip's file name, for the undo label
     * @param classRoot  the unpacked folder holding the class folders
     * @param workFolder a folder the operation owns and deletes when disposed (holding {@code classRoot})
     */
    public ZipImportOperation(IContainer dataset, String zipName, Path classRoot, Path workFolder, Taken taken) {
        super(NLS.bind(Messages.Zip_operation, zipName));
        this.dataset = dataset;
        this.classRoot = classRoot;
        this.workFolder = workFolder;
        this.taken = taken;
    }

    /** The class folders of an unpacked zip: its visible sub-folders, sorted. */
    public static List<Path> classFolders(Path classRoot) throws IOException {
        try (Stream<Path> entries = Files.list(classRoot)) {
            return entries.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** The files a class folder adds: its visible files, sorted (sub-folders are not images of the class). */
    public static List<Path> files(Path classFolder) throws IOException {
        try (Stream<Path> entries = Files.list(classFolder)) {
            return entries.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** The files of the zip whose names are taken in the dataset, as {@code class/name}. */
    public static List<String> takenNames(IContainer dataset, Path classRoot) throws IOException {
        Path root = dataset.getLocation().toPath();
        List<String> names = new ArrayList<>();
        for (Path classFolder : classFolders(classRoot)) {
            for (Path file : files(classFolder)) {
                String name = classFolder.getFileName() + "/" + file.getFileName();
                if (Files.exists(root.resolve(name))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        copies.clear();
        replaced.clear();
        madeFolders.clear();
        Path root = dataset.getLocation().toPath();
        try {
            List<Path> classes = classFolders(classRoot);
            int total = 0;
            for (Path classFolder : classes) {
                total += files(classFolder).size();
            }
            SubMonitor progress = SubMonitor.convert(monitor, getLabel(), total);
            Path backups = workFolder.resolve("replaced");
            for (Path classFolder : classes) {
                Path target = root.resolve(classFolder.getFileName().toString());
                if (!Files.isDirectory(target)) {
                    Files.createDirectories(target);
                    madeFolders.add(target);
                }
                for (Path file : files(classFolder)) {
                    if (progress.isCanceled()) {
                        rollBack();
                        return Status.CANCEL_STATUS;
                    }
                    Path to = target.resolve(file.getFileName().toString());
                    if (Files.exists(to)) {
                        if (taken == Taken.REPLACE) {
                            Path backup = backups.resolve(classFolder.getFileName().toString())
                                    .resolve(file.getFileName().toString());
                            Files.createDirectories(backup.getParent());
                            Files.move(to, backup);
                            replaced.add(to);
                        } else {
                            to = AddImagesOperation.unusedName(target, file.getFileName().toString());
                        }
                    }
                    Files.copy(file, to);
                    copies.add(to);
                    progress.worked(1);
                }
            }
            refresh();
        } catch (IOException | CoreException e) {
            try {
                rollBack();
            } catch (IOException | CoreException ignored) {
                // the first failure is the one to say
            }
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, dataset.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    private void rollBack() throws IOException, CoreException {
        for (Path copy : copies) {
            Files.deleteIfExists(copy);
        }
        Path backups = workFolder.resolve("replaced");
        for (Path original : replaced) {
            Files.move(backups.resolve(original.getParent().getFileName().toString())
                    .resolve(original.getFileName().toString()), original);
        }
        for (Path folder : madeFolders) {
            try (Stream<Path> left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
        copies.clear();
        replaced.clear();
        madeFolders.clear();
        refresh();
    }

    private void refresh() throws CoreException {
        dataset.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            rollBack();
        } catch (IOException | CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, dataset.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }

    @Override
    public void dispose() {
        try (Stream<Path> all = Files.walk(workFolder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: the system cleans it up in the end
        }
    }

    /** The files copied into the dataset, once executed. */
    public List<Path> copies() {
        return List.copyOf(copies);
    }

    /** The class folders the import made, once executed. */
    public List<Path> madeFolders() {
        return List.copyOf(madeFolders);
    }
}
