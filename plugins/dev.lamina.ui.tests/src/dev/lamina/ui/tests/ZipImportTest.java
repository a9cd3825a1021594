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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
@ExtendWith(FailOnLoggedErrors.class)
class ZipImportTest {

    @TempDir
    Path outside;

    @BeforeAll
    static void showTheLaminaPerspective() {
        Editors.showLaminaPerspective();
    }

    @AfterEach
    void closeEditors() {
        Editors.closeAll();
    }

    @Test
    void aZipOfClassFoldersIsImportedAskedAboutAndUndone() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("zip-import");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path train = project.getLocation().toPath().resolve("data/train");
        FashionFolders.exportTraining(60, train);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFolder folder = project.getFolder("data/train");
        DatasetEditor editor = Ui.sync(() -> OpenDatasetHandler.open(Editors.page(), folder));
        assertNotNull(editor);
        waitForClasses(editor, 10);

        // the course's shape: one wrapping folder, a folder per class, and the Mac's metadata beside
        List<Path> pngs = files(train.resolve("0"));
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
        Ui.click(Ui.button(question, "Keep Both"));
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

    private static List<Path> files(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
