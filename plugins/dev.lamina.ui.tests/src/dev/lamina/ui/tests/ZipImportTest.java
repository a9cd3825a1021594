// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.lamina.ui.dataset.DatasetEditor;
import dev.lamina.ui.dataset.DatasetJobs;
import dev.lamina.ui.dataset.OpenDatasetHandler;

/**
 * A zip of class folders imported into an open dataset, made here from Fashion-MNIST PNGs in the course's
 * horse-or-human.zip shape: unpacked by the safe importer, its classes added and undone; imported again, the taken
 * names are asked about and kept beside; a zip that escapes its folder, and one without class folders, are refused
 * in a dialog naming the zip, leaving the dataset as it was.
 */
@ExtendWith({ FailOnLoggedErrors.class, InLaminaPerspective.class })
class ZipImportTest {

    /** The workbench's Progress view (org.eclipse.ui.ide). */
    private static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

    @TempDir
    Path outside;

    @Test
    void aZipOfClassFoldersIsImportedAskedAboutAndUndone() throws Exception {
        IFolder folder = TestProjects.fashionTraining("zip-import", 60);
        Path train = folder.getLocation().toPath();
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.open(Editors.page(), folder));
        assertNotNull(editor);
        waitForClasses(editor, 10);

        // the course's shape: one wrapping folder, a folder per class, and the Mac's metadata beside
        List<Path> pngs = TestProjects.files(train.resolve("0"));
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put("horse-or-human/horses/h0.png", pngs.get(0));
        entries.put("horse-or-human/horses/h1.png", pngs.get(1));
        entries.put("horse-or-human/horses/h2.png", pngs.get(2));
        entries.put("horse-or-human/humans/u0.png", pngs.get(3));
        entries.put("horse-or-human/humans/u1.png", pngs.get(4));
        entries.put("__MACOSX/horse-or-human/horses/._h0.png", pngs.get(0));
        Path zip = zip("horse-or-human.zip", entries);

        Ui.run(() -> editor.importZip(zip));
        Shell done = Ui.waitForShell("Zip Imported");
        assertTrue(message(done).startsWith("horse-or-human.zip: 5 files added in 2 classes (horses, humans) to"
                + " zip-import/data/train; 2 of the classes are new."), message(done));
        assertTrue(message(done).contains("Left out of the zip: 1 ("), message(done));
        Ui.screenshot(done, "zip-import-done");
        Ui.run(done::close);
        waitForClasses(editor, 12);
        assertEquals(List.of("10", "horses", "3"), Ui.sync(() -> editor.classesPage().rows()).get(10));
        assertEquals(List.of("11", "humans", "2"), Ui.sync(() -> editor.classesPage().rows()).get(11));
        assertFalse(Files.exists(train.resolve("__MACOSX")));
        Ui.screenshot(Editors.workbenchShell(), "zip-import-classes");

        // Again: the five names are taken; Keep Both numbers the new files.
        Ui.run(() -> editor.importZip(zip));
        Shell question = Ui.waitForShell("Files Already in the Dataset");
        assertTrue(message(question).startsWith("5 files of horse-or-human.zip have names already taken"),
                message(question));
        Ui.screenshot(question, "zip-import-taken");
        Button keepBoth = Ui.button(question, "Keep Both");
        // not Ui.click: its flush would dispatch the job's result dialog and wait inside its modal loop
        Ui.display().asyncExec(() -> keepBoth.notifyListeners(SWT.Selection, new Event()));
        Shell again = Ui.waitForShell("Zip Imported");
        Ui.run(again::close);
        Ui.waitUntil("six horses", () -> Files.isRegularFile(train.resolve("horses/h0 (2).png")));
        waitForCount(editor, 10, 6);
        assertArrayEquals(Files.readAllBytes(pngs.get(0)), Files.readAllBytes(train.resolve("horses/h0 (2).png")),
                "the same bytes");

        // Undo takes the second import out, then the first with its class folders.
        DatasetValidationTest.undo(editor);
        waitForCount(editor, 10, 3);
        assertFalse(Files.exists(train.resolve("horses/h0 (2).png")));
        DatasetValidationTest.undo(editor);
        waitForClasses(editor, 10);
        assertFalse(Files.exists(train.resolve("horses")));
        assertFalse(Files.exists(train.resolve("humans")));

        // A zip that climbs out of its folder is refused, naming the zip and the entry; nothing is written.
        Map<String, Path> evil = new LinkedHashMap<>();
        evil.put("cats/1.png", pngs.get(0));
        evil.put("../evil.png", pngs.get(1));
        Path evilZip = zip("evil.zip", evil);
        Ui.run(() -> editor.importZip(evilZip));
        Shell refused = Ui.waitForShell("Zip Not Imported");
        assertTrue(message(refused).startsWith("evil.zip was not imported: "), message(refused));
        assertTrue(message(refused).contains("entry '../evil.png' escapes the destination with '..'"),
                message(refused));
        Ui.screenshot(refused, "zip-import-refused");
        Ui.run(refused::close);
        Job.getJobManager().join(DatasetJobs.IMPORT_FAMILY, null);
        assertFalse(Files.exists(train.resolve("cats")));
        assertFalse(Files.exists(train.getParent().resolve("evil.png")));

        // A zip of loose images has no classes to add.
        Path flat = zip("flat.zip", Map.of("a.png", pngs.get(0)));
        Ui.run(() -> editor.importZip(flat));
        Shell noClasses = Ui.waitForShell("Zip Not Imported");
        assertTrue(message(noClasses).startsWith("flat.zip was not imported: it holds no class folders"),
                message(noClasses));
        Ui.run(noClasses::close);
        Job.getJobManager().join(DatasetJobs.IMPORT_FAMILY, null);
        assertEquals(10, Ui.sync(() -> editor.classesPage().rows()).size());
    }

    @Test
    void aCancelledImportLeavesTheDatasetAsItWas() throws Exception {
        BeforeImport dataset = beforeImport("zip-import-cancel");
        DatasetEditor editor = dataset.editor();
        Path train = dataset.folder().getLocation().toPath();
        Path zip = dataset.zip();

        // cancelled while it unpacks: nothing reaches the dataset
        Job unpacking = Ui.sync(() -> editor.importZip(zip));
        Ui.waitUntil("the import to run", () -> unpacking.getState() == Job.RUNNING);
        unpacking.cancel();
        unpacking.join(Ui.TIMEOUT_MS, null);
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, unpacking.getResult().getSeverity(),
                unpacking.getResult().toString());
        assertEquals(dataset.files(), tree(train));

        // cancelled while it copies, the class 9 done and boots half-written: the copies are taken back
        Job copying = Ui.sync(() -> editor.importZip(zip));
        Path boots = train.resolve("boots");
        long deadline = System.currentTimeMillis() + Ui.TIMEOUT_MS;
        while (TestProjects.count(boots) == 0 && copying.getState() != Job.NONE
                && System.currentTimeMillis() < deadline) {
            Ui.sleep(1);
        }
        copying.cancel();
        int written = TestProjects.count(boots);
        copying.join(Ui.TIMEOUT_MS, null);
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, copying.getResult().getSeverity(),
                "cancelled after " + written + " files of boots: " + copying.getResult());
        assertTrue(written > 0 && written < 4000, "cancelled with boots half-written: " + written);
        assertAsBefore(dataset);
        Ui.screenshot(Editors.workbenchShell(), "zip-import-cancelled");
    }

    @Test
    void theProgressViewsCancelButtonLeavesTheDatasetAsItWas() throws Exception {
        BeforeImport dataset = beforeImport("zip-import-progress-cancel");
        DatasetEditor editor = dataset.editor();
        Path zip = dataset.zip();
        IViewPart progressView = Views.show(PROGRESS_VIEW);
        try {
            long start = System.nanoTime();
            Job importing = Ui.sync(() -> editor.importZip(zip));
            ToolItem cancel = cancelButton(importing);
            long shown = System.nanoTime();
            Ui.screenshot(Editors.workbenchShell(), "zip-import-progress-view");
            // the user's click: the real pointer on the row's Cancel button
            Rectangle bounds = Ui.sync(cancel::getBounds);
            Ui.clickAt(Ui.sync(cancel::getParent), bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            long clicked = System.nanoTime();
            assertTrue(importing.join(Ui.TIMEOUT_MS, null), "the import to end after Cancel");
            String when = String.format(java.util.Locale.ROOT, "its row shown after %d ms, clicked at %d ms",
                    (shown - start) / 1_000_000, (clicked - start) / 1_000_000);
            assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, importing.getResult().getSeverity(),
                    when + ": " + importing.getResult());
            assertAsBefore(dataset);
            Ui.screenshot(Editors.workbenchShell(), "zip-import-progress-view-cancelled");
        } finally {
            Ui.run(() -> Editors.page().hideView(progressView));
        }
    }

    /**
     * The Cancel button of {@code job}'s row in the Progress view, once the view shows the row running, with its
     * progress bar, and laid out (the same place on screen 100 ms apart: a row first shown waiting has its button a
     * line higher): the tool item beside the label that names the job ({@code ProgressInfoItem}, internal to the
     * workbench, so found by its widgets).
     */
    private static ToolItem cancelButton(Job job) {
        AtomicReference<ToolItem> found = new AtomicReference<>();
        AtomicReference<Rectangle> seen = new AtomicReference<>();
        Ui.waitUntil("the Progress view to show " + job.getName() + " running", () -> {
            Label name = Ui.find(Editors.workbenchShell(), Label.class, l -> l.getText().startsWith(job.getName()));
            Composite row = name == null ? null : Ui.sync(name::getParent);
            ToolBar bar = row == null ? null : Ui.find(row, ToolBar.class, b -> b.getItemCount() == 1);
            if (bar == null || Ui.find(row, ProgressBar.class, p -> true) == null) {
                return false;
            }
            found.set(Ui.sync(() -> bar.getItem(0)));
            Rectangle onScreen = Ui.sync(() -> {
                Rectangle b = found.get().getBounds();
                Point at = bar.toDisplay(b.x, b.y);
                return new Rectangle(at.x, at.y, b.width, b.height);
            });
            return job.getState() == Job.RUNNING && onScreen.equals(seen.getAndSet(onScreen));
        });
        String tip = Ui.sync(found.get()::getToolTipText);
        assertTrue(tip != null && tip.startsWith("Cancel"), "the row's button is Cancel: " + tip);
        return found.get();
    }

    /**
     * A dataset of 1,000 Fashion-MNIST PNGs open in its editor, its files and workspace resources before an import,
     * and a zip of 12,000 more ({@link #moreZip}).
     */
    private record BeforeImport(IFolder folder, DatasetEditor editor, List<String> files, List<String> resources,
            Path zip) {
    }

    private BeforeImport beforeImport(String project) throws Exception {
        IFolder folder = TestProjects.fashionTraining(project, 1000);
        Path train = folder.getLocation().toPath();
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.open(Editors.page(), folder));
        waitForClasses(editor, 10);
        return new BeforeImport(folder, editor, tree(train), resources(folder), moreZip(train));
    }

    /**
     * The dataset as before an import was cancelled: its files and the workspace's tree, nothing to undo, no dialog,
     * the same ten classes.
     */
    private static void assertAsBefore(BeforeImport dataset) throws Exception {
        Path train = dataset.folder().getLocation().toPath();
        assertEquals(dataset.files(), tree(train), "the dataset's files as before the import");
        assertFalse(Files.exists(train.resolve("boots")));
        assertFalse(Files.exists(train.resolve("shirts")));
        assertEquals(dataset.resources(), resources(dataset.folder()), "the workspace's tree as before");
        assertFalse(Ui.sync(() -> PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
                .canUndo(dataset.editor().undoContext())), "no import to undo");
        Ui.flush();
        assertTrue(Ui.sync(() -> java.util.Arrays.stream(Ui.display().getShells()).noneMatch(s -> s.isVisible()
                && s.getText().startsWith("Zip "))), "no dialog after a cancel");
        waitForClasses(dataset.editor(), 10);
    }

    /** 12,000 Fashion-MNIST PNGs of {@code train}: more to class 9, and two new classes, written in that order. */
    private Path moreZip(Path train) throws IOException {
        List<Path> pngs = new java.util.ArrayList<>();
        for (int c = 0; c < 10; c++) {
            pngs.addAll(TestProjects.files(train.resolve(String.valueOf(c))));
        }
        Map<String, Path> entries = new LinkedHashMap<>();
        for (String name : List.of("9", "boots", "shirts")) {
            for (int i = 0; i < 4000; i++) {
                entries.put("more/" + name + "/more-" + i + ".png", pngs.get(i % pngs.size()));
            }
        }
        return zip("more.zip", entries);
    }

    /** Every file and folder under {@code root}, relative, sorted. */
    private static List<String> tree(Path root) throws IOException {
        try (var all = Files.walk(root)) {
            return all.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** The workspace's resources under a folder, refreshed from disk by no one but the import. */
    private static List<String> resources(IFolder folder) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        folder.accept(resource -> {
            names.add(resource.getProjectRelativePath().toString());
            return true;
        });
        return names.stream().sorted().toList();
    }

    private Path zip(String name, Map<String, Path> entries) throws IOException {
        Path file = outside.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, Path> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(Files.readAllBytes(entry.getValue()));
                out.closeEntry();
            }
        }
        return file;
    }

    private static String message(Shell dialog) {
        Label label = Ui.find(dialog, Label.class, l -> l.getText().length() > 20);
        assertNotNull(label, "no message in " + Ui.sync(dialog::getText));
        return Ui.sync(label::getText);
    }

    private static void waitForClasses(DatasetEditor editor, int classes) {
        Ui.waitUntil(classes + " classes scanned", () -> Ui.sync(() -> editor.verified()
                && editor.classesPage().rows().size() == classes));
    }

    private static void waitForCount(DatasetEditor editor, int label, int count) {
        Ui.waitUntil("class " + label + " to have " + count + " images", () -> Ui.sync(() -> editor.verified()
                && editor.classesPage().rows().size() > label
                && String.valueOf(count).equals(editor.classesPage().rows().get(label).get(2))));
    }
}
