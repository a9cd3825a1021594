// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.FileEditorInput;

import dev.lamina.ui.internal.Messages;

/**
 * Watches a model editor's file in the workspace: follows it when it is moved or renamed, closes a clean editor
 * whose file is deleted, and offers to reload when its content changes on disk (at once while the editor is active,
 * else when it is next activated). What counts as changed is the editor's {@code SourceModelSync}'s to say.
 */
final class DiskWatcher implements IResourceChangeListener {

    private final ModelEditor editor;
    private boolean checkPending;
    private boolean checking;

    DiskWatcher(ModelEditor editor) {
        this.editor = editor;
    }

    /** Whether a change on disk waits to be checked (the editor was not active when it came). */
    boolean checkPending() {
        return checkPending;
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile file = EditorInputs.file(editor.getEditorInput());
        if (file == null || event.getDelta() == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        Display display = editor.getSite().getShell().getDisplay();
        if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
            IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
            display.asyncExec(() -> editor.follow(new FileEditorInput(moved)));
        } else if (delta.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(() -> {
                if (!editor.isDirty()) {
                    editor.getSite().getPage().closeEditor(editor, false);
                }
            });
        } else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            display.asyncExec(() -> {
                checkPending = true;
                if (editor.getSite().getPage().getActivePart() == editor) {
                    check();
                }
            });
        }
    }

    /** Compares the file on disk with what the editor last loaded or saved; asks whether to reload when it differs. */
    void check() {
        if (checking || !editor.hasPages()) {
            return;
        }
        Path path = EditorInputs.path(editor.getEditorInput());
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // gone or unreadable: a deletion is handled above, anything else is checked again next time
            return;
        }
        checkPending = false;
        if (editor.matchesSaved(text)) {
            return;
        }
        checking = true;
        try {
            boolean reload = MessageDialog.openQuestion(editor.getSite().getShell(), Messages.Editor_changedTitle,
                    NLS.bind(Messages.Editor_changedMessage, editor.getEditorInput().getName()));
            editor.reloadFrom(text, reload);
        } finally {
            checking = false;
        }
    }
}
