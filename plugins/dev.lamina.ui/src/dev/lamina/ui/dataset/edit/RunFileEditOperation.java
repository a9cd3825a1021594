// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonNumber;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.ui.dataset.Messages;
import dev.lamina.ui.runconfig.RunJson;

/**
 * Writes a validation split and seed, or a validation folder, into a run file on disk, as the run file editor's
 * fields would set them ({@link RunJson}: the key changed in place, the documented key order, the editor's text
 * form), saved atomically. Undo writes the text back as it was. A run file editor open on the file follows the
 * change when it has no edits of its own.
 */
public final class RunFileEditOperation extends AbstractOperation {

    private final IFile runFile;
    private final JsonObject validation;
    private final Long seed;
    private String before;
    private String after;

    public RunFileEditOperation(IFile runFile, double split, long seed) {
        super(NLS.bind(Messages.Edit_writeSplit, split, runFile.getName()));
        this.runFile = runFile;
        this.validation = JsonObject.builder().put("split", split).build();
        this.seed = seed;
    }

    /** Validation from {@code folder}, written relative to the run file's folder ({@code "../data/validation"}). */
    public RunFileEditOperation(IFile runFile, IContainer folder) {
        super(NLS.bind(Messages.Edit_writeValidationFolder, folder.getName(), runFile.getName()));
        this.runFile = runFile;
        Path from = runFile.getLocation().toPath().toAbsolutePath().getParent();
        String relative = from.relativize(folder.getLocation().toPath().toAbsolutePath()).toString()
                .replace('\\', '/');
        this.validation = JsonObject.builder().put("folder", relative.isEmpty() ? "." : relative).build();
        this.seed = null;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        Path path = runFile.getLocation().toPath();
        try {
            before = Files.readString(path, StandardCharsets.UTF_8);
            JsonValue tree = Json.parse(before, runFile.getName());
            if (!(tree instanceof JsonObject root)) {
                throw new ExecutionException(NLS.bind(Messages.Edit_failed, runFile.getName(), "not a JSON object"));
            }
            JsonObject edited = RunJson.with(root, validation, "validation");
            if (seed != null) {
                edited = RunJson.with(edited, JsonNumber.of(seed), "seed");
            }
            after = RunJson.write(edited);
            write(after);
        } catch (IOException | RuntimeException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, runFile.getName(), e.getMessage()), e);
        }
        return Status.OK_STATUS;
    }

    private void write(String text) throws ExecutionException {
        try {
            AtomicFile.write(runFile.getLocation().toPath(), text);
            runFile.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            throw new ExecutionException(NLS.bind(Messages.Edit_failed, runFile.getName(), e.getMessage()), e);
        }
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        write(before);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        write(after);
        return Status.OK_STATUS;
    }
}
