// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.json.JsonObject;
import dev.lamina.run.config.RunConfigException;
import dev.lamina.ui.editor.EditorInputs;
import dev.lamina.ui.editor.source.SourcePage;

/**
 * The run file editor: a {@code run.json} as form pages (Model, Data, Training, Stop, Device) and its JSON source.
 * Both edit one {@link RunDocument}; every change is a {@link RunTextOperation} in the workbench history under this
 * editor's undo context. What {@code lamina train} would say about the file shows in each page's header, on the
 * Source page and as a Problems marker. Saving writes the text as it is, atomically.
 */
public class RunConfigEditor extends FormEditor implements IGotoMarker {

    public static final String ID = "dev.lamina.ui.editors.runConfig";

    private RunDocument document;
    private String savedText;
    private IOperationHistory history;
    private IUndoContext undoContext;
    private RunConfigMarkers markers;
    private SourcePage sourcePage;
    private int sourcePageIndex = -1;
    private final List<RunFormPage> formPages = new ArrayList<>();
    private UndoActionHandler undoAction;
    private RedoActionHandler redoAction;
    private final RunDocument.Listener listener = this::textChanged;
    private final IResourceChangeListener diskListener = this::resourceChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        Path path = EditorInputs.path(input);
        if (path == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
        }
        super.init(site, input);
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        undoContext = new ObjectUndoContext(this, input.getName());
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.Editor_cannotRead, path, e.getMessage()), e);
        }
        savedText = text;
        document = new RunDocument(path, input.getName(), text);
        document.addListener(listener);
        IFile file = EditorInputs.file(input);
        markers = file == null ? null : new RunConfigMarkers(file);
        updateMarkers();
        setPartName(input.getName());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(diskListener, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    protected void addPages() {
        try {
            for (RunFormPage page : List.of(new ModelFormPage(this), new DataFormPage(this), new TrainingFormPage(this),
                    new StopFormPage(this), new DeviceFormPage(this))) {
                addPage(page);
                formPages.add(page);
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        sourcePage = new SourcePage(getContainer(), this::sourceEdited);
        sourcePage.setText(document.text());
        sourcePageIndex = addPage(sourcePage);
        setPageText(sourcePageIndex, Messages.Editor_sourcePage);
        showProblem();
        undoAction = new UndoActionHandler(getSite(), undoContext);
        redoAction = new RedoActionHandler(getSite(), undoContext);
        if (document.tree().isEmpty()) {
            setActivePage(sourcePageIndex);
        }
    }

    public RunDocument document() {
        return document;
    }

    /** The tree the form edits, or {@code null} when the text is not a JSON object (the form is then read-only). */
    JsonObject tree() {
        return document.tree().orElse(null);
    }

    /** Replaces the run file's JSON by {@code edited} as one undoable edit. */
    public boolean edit(String label, JsonObject edited) {
        return execute(new RunTextOperation(label, document, RunJson.write(edited), null));
    }

    private boolean execute(RunTextOperation operation) {
        operation.addContext(undoContext);
        try {
            return history.execute(operation, null, null).isOK();
        } catch (ExecutionException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_editFailed, null, Status.error(e.getMessage(),
                    e));
            return false;
        }
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    private void sourceEdited(String text) {
        execute(new RunTextOperation(Messages.Operation_editSource, document, text, sourcePage));
    }

    private void textChanged(RunDocument changed, Object origin) {
        if (sourcePage != null && !sourcePage.isDisposed() && origin != sourcePage) {
            sourcePage.setText(changed.text());
        }
        for (RunFormPage page : formPages) {
            page.refresh();
        }
        showProblem();
        updateMarkers();
        editorDirtyStateChanged();
    }

    private void showProblem() {
        RunConfigException problem = document.problem().orElse(null);
        for (RunFormPage page : formPages) {
            page.showProblem(problem);
        }
        if (sourcePage != null && !sourcePage.isDisposed()) {
            if (problem == null) {
                sourcePage.showError(null, 0, 0);
            } else {
                sourcePage.showError(problem.getMessage(), problem.line(), problem.column());
            }
        }
    }

    private void updateMarkers() {
        if (markers != null) {
            markers.update(document.problem().orElse(null));
        }
    }

    /** The message shown in the form headers, on the Source page and as a marker: the CLI's, or {@code null}. */
    public String problemText() {
        return document.problem().map(RunConfigException::getMessage).orElse(null);
    }

    // --- action bars

    void contributeTo(IActionBars bars) {
        if (undoAction == null) {
            return;
        }
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        boolean source = getActivePage() == sourcePageIndex;
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), source ? text(ITextOperationTarget.CUT) : null);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), source ? text(ITextOperationTarget.COPY) : null);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), source ? text(ITextOperationTarget.PASTE) : null);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), source ? text(ITextOperationTarget.SELECT_ALL)
                : null);
        bars.updateActionBars();
    }

    private IAction text(int operation) {
        return new Action() {
            @Override
            public void run() {
                sourcePage.doOperation(operation);
            }
        };
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (sourcePage != null && getActivePage() == sourcePageIndex && newPageIndex != sourcePageIndex) {
            sourcePage.flush();
            sourceEdited(sourcePage.text());
        }
        super.pageChange(newPageIndex);
        if (getEditorSite().getActionBarContributor() instanceof RunConfigEditorContributor contributor
                && getSite().getPage().getActiveEditor() == this) {
            contributeTo(contributor.getActionBars());
        }
    }

    /** Shows the Source page (the form pages are 0 to 4). */
    public void showSource() {
        setActivePage(sourcePageIndex);
    }

    public SourcePage sourcePage() {
        return sourcePage;
    }

    // --- saving

    @Override
    public boolean isDirty() {
        return document != null && !document.text().equals(savedText);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (sourcePage != null && getActivePage() == sourcePageIndex) {
            sourcePage.flush();
            sourceEdited(sourcePage.text());
        }
        Path path = EditorInputs.path(getEditorInput());
        String text = document.text();
        try {
            AtomicFile.write(path, text);
            savedText = text;
            IFile file = EditorInputs.file(getEditorInput());
            if (file != null) {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            }
            editorDirtyStateChanged();
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, null,
                    Status.error(NLS.bind(Messages.Editor_saveFailed, path, e.getMessage()), e));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        // one run file per editor: copy it in the Project Explorer to make another
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // --- the file on disk

    /** Follows edits made outside while this editor has none of its own; closes when the file is deleted. */
    private void resourceChanged(IResourceChangeEvent event) {
        IFile file = EditorInputs.file(getEditorInput());
        if (file == null || event.getDelta() == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        if (delta.getKind() == IResourceDelta.REMOVED) {
            display.asyncExec(() -> {
                if (!isDirty()) {
                    getSite().getPage().closeEditor(this, false);
                }
            });
        } else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            display.asyncExec(this::reloadIfClean);
        }
    }

    private void reloadIfClean() {
        if (document == null || isDirty()) {
            return;
        }
        try {
            String text = Files.readString(EditorInputs.path(getEditorInput()), StandardCharsets.UTF_8);
            if (!text.equals(savedText)) {
                savedText = text;
                history.dispose(undoContext, true, true, false);
                document.setText(text, null);
            }
        } catch (IOException e) {
            // unreadable for now: the next change tells again
        }
    }

    // --- markers, adapters

    @Override
    public void gotoMarker(IMarker marker) {
        int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
        showSource();
        if (line > 0) {
            sourcePage.revealLine(line);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IUndoContext.class) {
            return adapter.cast(undoContext);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskListener);
        if (markers != null) {
            markers.close();
        }
        if (document != null) {
            document.removeListener(listener);
        }
        if (history != null && undoContext != null) {
            history.dispose(undoContext, true, true, true);
        }
        if (undoAction != null) {
            undoAction.dispose();
            redoAction.dispose();
        }
        super.dispose();
    }
}
