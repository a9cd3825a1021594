// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.lamina.ui.editor.ModelEditor;
import dev.lamina.ui.project.LaminaProjectNature;
import dev.lamina.ui.welcome.WelcomeInput;
import dev.lamina.ui.welcome.WelcomePage;

/** Help › Welcome, a course exercise from its link, and the dataset zip import it offers, with real input. */
@ExtendWith(FailOnLoggedErrors.class)
class WelcomePageTest {

    @BeforeAll
    static void showTheLaminaPerspectiveFullSize() {
        Editors.showLaminaPerspective();
    }

    @Test
    void theMnistLinkCreatesTheExerciseProjectWithItsDataAndOpensTheModel() throws CoreException, IOException {
        execute("dev.lamina.ui.commands.welcome", Map.of());
        Ui.waitUntil("the Welcome page", () -> Ui.sync(() -> Editors.page().findEditor(new WelcomeInput()) != null));
        WelcomePage welcome = Ui.sync(() -> (WelcomePage) Editors.page().findEditor(new WelcomeInput()));
        Shell shell = Editors.workbenchShell();
        Ui.screenshot(shell, "welcome-page");

        ImageHyperlink mnist = Ui.find(shell, ImageHyperlink.class,
                link -> link.getText().startsWith("MNIST with one convolution"));
        assertNotNull(mnist, "the Welcome page links the MNIST exercise");
        // as at start: the Welcome page is the active part, its first link has the focus
        Ui.run(() -> Editors.page().activate(welcome));
        Ui.flush();
        Ui.sleep(500);
        // on the link's text (its control is as wide as the column)
        Ui.clickAt(mnist, 40, Ui.sync(() -> mnist.getSize().y / 2));

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("mnist-single-conv");
        Ui.waitUntil("the exercise's model editor", () -> Ui.sync(() -> Editors.page().getActiveEditor()
                instanceof ModelEditor editor && editor.getEditorInput() instanceof FileEditorInput input
                && input.getFile().getProject().equals(project)));
        assertTrue(project.hasNature(LaminaProjectNature.ID));
        Path onDisk = Path.of(project.getLocationURI());
        for (String file : new String[] { "model.lamina", "run.json", "README.md", "exercise.json",
                "data/train-images-idx3-ubyte.gz", "data/train-labels-idx1-ubyte.gz",
                "data/test-images-idx3-ubyte.gz", "data/test-labels-idx1-ubyte.gz" }) {
            assertTrue(Files.size(onDisk.resolve(file)) > 0, file + " is in the exercise project");
        }
        assertTrue(Files.isDirectory(onDisk.resolve("runs")));
        // the training images as shipped: an IDX file of 28x28 images, gzip-compressed
        byte[] head = new java.util.zip.GZIPInputStream(Files.newInputStream(
                onDisk.resolve("data/train-images-idx3-ubyte.gz"))).readNBytes(16);
        assertEquals(0x0803, ((head[2] & 0xff) << 8) | (head[3] & 0xff), "IDX magic of unsigned-byte images");
        assertEquals(28, head[11] & 0xff);
        assertTrue(Files.readString(onDisk.resolve("run.json")).contains("\"model\": \"model.lamina\""));
        IFile readme = project.getFile("README.md");
        assertTrue(Ui.sync(() -> Editors.page().findEditor(new FileEditorInput(readme)) != null),
                "the README is open beside the model");
        Ui.flush();
        Ui.screenshot(shell, "exercise-from-welcome");
        Ui.run(() -> Editors.page().closeEditor(welcome, false));
    }

    @Test
    void theDatasetZipImportUnpacksClassFoldersIntoTheProjectAndReports(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("zoo");
        if (!project.exists()) {
            Ui.run(() -> {
                try {
                    var description = project.getWorkspace().newProjectDescription("zoo");
                    description.setNatureIds(new String[] { LaminaProjectNature.ID });
                    project.create(description, null);
                    project.open(null);
                    project.getFolder("data").create(true, true, null);
                } catch (CoreException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Path zip = temp.resolve("cats-or-dogs.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "cats/cat-1.png", png());
            entry(out, "dogs/dog-1.png", png());
            entry(out, "__MACOSX/cats/._cat-1.png", new byte[] { 0 });
        }

        execute("org.eclipse.ui.file.import", Map.of("importWizardId", "dev.lamina.ui.wizards.importDataset"));
        Shell wizard = Ui.waitForShell("Import Dataset");
        Text archive = Ui.find(wizard, Text.class, t -> t.isFocusControl());
        assertNotNull(archive, "the archive field has the focus");
        Ui.type(zip.toString());
        Text folder = Ui.find(wizard, Text.class, t -> t.getText().endsWith("/data"));
        assertNotNull(folder, "a Lamina project's data/ folder is proposed");
        Ui.click(folder);
        Ui.key(SWT.CTRL, 'a', 'a');
        Ui.type("zoo/data");
        assertEquals("zoo/data", Ui.sync(folder::getText));
        Button finish = Ui.button(wizard, "Finish");
        Ui.waitUntil("Finish to be enabled", () -> Ui.sync(finish::isEnabled));
        Ui.screenshot(wizard, "import-dataset-wizard");
        Ui.click(finish);
        Shell report = Ui.waitForShell("Dataset imported");
        Ui.screenshot(report, "import-dataset-report");
        Ui.click(Ui.button(report, "OK"));
        Ui.waitUntil("the wizard to close", () -> Ui.sync(wizard::isDisposed));

        Path data = Path.of(project.getLocationURI()).resolve("data/cats-or-dogs");
        assertTrue(Files.isRegularFile(data.resolve("cats/cat-1.png")));
        assertTrue(Files.isRegularFile(data.resolve("dogs/dog-1.png")));
        assertTrue(Files.notExists(data.resolve("__MACOSX")), "__MACOSX is left out");
        assertTrue(project.getFolder("data/cats-or-dogs/cats").exists(), "the workspace sees the new folders");
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", (OutputStream) bytes);
        return bytes.toByteArray();
    }

    private static void execute(String commandId, Map<String, String> parameters) {
        Ui.display().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            ICommandService commands = window.getService(ICommandService.class);
            IHandlerService handlers = window.getService(IHandlerService.class);
            try {
                handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                        parameters), null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
