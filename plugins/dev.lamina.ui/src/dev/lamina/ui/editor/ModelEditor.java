// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import dev.lamina.core.io.AtomicFile;
import dev.lamina.core.layer.LayerKind;
import dev.lamina.core.model.LaminaFormat;
import dev.lamina.core.model.Model;
import dev.lamina.core.model.ModelLoadException;
import dev.lamina.core.model.SourceModelSync;
import dev.lamina.ui.editor.diagram.DiagramCanvas;
import dev.lamina.ui.editor.operations.InsertLayersOperation;
import dev.lamina.ui.editor.operations.LayerDefaults;
import dev.lamina.ui.editor.operations.ModelEditing;
import dev.lamina.ui.editor.operations.ModelOperation;
import dev.lamina.ui.editor.operations.MoveLayersOperation;
import dev.lamina.ui.editor.operations.ReplaceModelOperation;
import dev.lamina.ui.editor.outline.ModelOutlinePage;
import dev.lamina.ui.editor.palette.LayerKindTransfer;
import dev.lamina.ui.editor.palette.Palette;
import dev.lamina.ui.editor.palette.PaletteDropListener;
import dev.lamina.ui.editor.properties.LayerPropertySourceProvider;
import dev.lamina.ui.editor.source.SourcePage;
import dev.lamina.ui.editor.summary.SummaryPage;
import dev.lamina.ui.internal.Messages;

/**
 * The editor of {@code .lamina} models, in the workspace or anywhere on disk: a Diagram page
 * (palette and canvas), a live Summary page and the Source page with the JSON. Every edit is an
 * operation in the workbench history under this editor's undo context; shape inference runs
 * incrementally on each; saving is atomic; a file changed on disk is offered for reloading.
 *
 * <p>When the source text does not read as a model, the last model that did stays in the diagram
 * and summary, the error is an annotation and a Problems marker, and saving writes the text as it is.
 */
public class ModelEditor extends MultiPageEditorPart implements ModelEditing, IGotoMarker {

    public static final String ID = "dev.lamina.ui.editors.model";
    public static final String CONTEXT_ID = "dev.lamina.ui.editorContext";
    public static final String DIAGRAM_MENU_ID = "dev.lamina.ui.editors.model.diagram";

    public static final int DIAGRAM_PAGE = 0;
    public static final int SUMMARY_PAGE = 1;
    public static final int SOURCE_PAGE = 2;

    private ModelDocument document;
    private IOperationHistory history;
    private IUndoContext undoContext;
    /** The Source page's text against the model, and what the file held when last loaded or saved. */
    private final SourceModelSync sync = new SourceModelSync();
    private ProblemMarkers markers;
    private final DiskWatcher diskWatcher = new DiskWatcher(this);

    private Palette palette;
    private DiagramCanvas canvas;
    private CLabel banner;
    private SummaryPage summaryPage;
    private SourcePage sourcePage;
    private ModelOutlinePage outlinePage;
    private PropertySheetPage propertySheetPage;
    private final SelectionProvider selectionProvider = new SelectionProvider();
    private LayerActions layerActions;
    private UndoActionHandler undoAction;
    private RedoActionHandler redoAction;

    private final ModelDocument.Listener documentListener = this::modelChanged;
    private final IPartListener2 activationListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == ModelEditor.this) {
                checkDisk();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (EditorInputs.path(input) == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
        }
        super.init(site, input);
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        undoContext = new ObjectUndoContext(this, input.getName());
        load(input);
        setPartName(input.getName());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(diskWatcher, IResourceChangeEvent.POST_CHANGE);
        site.getPage().addPartListener(activationListener);
    }

    private void load(IEditorInput input) throws PartInitException {
        Path path = EditorInputs.path(input);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.Editor_cannotRead, path, e.getMessage()), e);
        }
        Model model = sync.load(text, input.getName());
        if (document == null) {
            document = new ModelDocument(model);
            document.addListener(documentListener);
        } else {
            document.setModel(model, null);
        }
        IFile file = EditorInputs.file(input);
        markers = file == null ? null : new ProblemMarkers(file);
        updateMarkers();
    }

    // --- pages

    @Override
    protected void createPages() {
        addPage(createDiagramPage(getContainer()));
        setPageText(DIAGRAM_PAGE, Messages.Editor_diagramPage);
        summaryPage = new SummaryPage(getContainer());
        summaryPage.update(document.analysis());
        addPage(summaryPage);
        setPageText(SUMMARY_PAGE, Messages.Editor_summaryPage);
        sourcePage = new SourcePage(getContainer(), this::sourceEdited);
        sourcePage.setText(sync.initialSource(document.model()));
        sourcePage.showError(sync.sourceError());
        addPage(sourcePage);
        setPageText(SOURCE_PAGE, Messages.Editor_sourcePage);

        getSite().setSelectionProvider(selectionProvider);
        layerActions = new LayerActions(this);
        undoAction = new UndoActionHandler(getSite(), undoContext);
        redoAction = new RedoActionHandler(getSite(), undoContext);
        getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
        updateBanner();
        if (sync.isBroken()) {
            setActivePage(SOURCE_PAGE);
        }
    }

    private Composite createDiagramPage(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        page.setLayout(layout);
        banner = new CLabel(page, SWT.NONE);
        banner.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
        banner.setBackground(page.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
        banner.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        banner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(page, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        palette = new Palette(sash, kind -> addLayer(kind, -1));
        canvas = new DiagramCanvas(sash, document.diagram(), new DiagramCanvas.Listener() {
            @Override
            public void selectionChanged(List<String> names) {
                layersSelected(names, canvas);
            }

            @Override
            public void moveLayers(List<String> names, int target) {
                execute(new MoveLayersOperation(names.size() == 1 ? NLS.bind(Messages.Operation_moveLayer,
                        names.getFirst()) : Messages.Operation_moveLayers, ModelEditor.this, names, target));
            }

            @Override
            public void openLayer(String name) {
                showProperties();
            }
        });
        canvas.setEmptyHint(Messages.Editor_emptyHint);
        canvas.setToolTips(name -> {
            int index = document.model().indexOf(name);
            return index < 0 ? null : LayerToolTip.of(document.analysis(), index);
        });
        sash.setWeights(20, 80);
        sash.addListener(SWT.Resize, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event e) {
                // The palette gets the width of its longest entry once; the user's sash position wins after.
                int width = sash.getClientArea().width;
                if (width > 0) {
                    int wanted = Math.min(width / 3, palette.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 8);
                    sash.setWeights(wanted, width - wanted);
                    sash.removeListener(SWT.Resize, this);
                }
            }
        });
        DropTarget target = new DropTarget(canvas, DND.DROP_COPY | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] {LayerKindTransfer.getInstance()});
        target.addDropListener(new PaletteDropListener(canvas, this::addLayer));

        MenuManager menu = new MenuManager(Messages.Editor_diagramMenu, DIAGRAM_MENU_ID);
        menu.add(new Separator("edit"));
        menu.add(new Separator("layers"));
        menu.add(new Separator("view"));
        menu.add(new Separator("export"));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        canvas.setMenu(menu.createContextMenu(canvas));
        getSite().registerContextMenu(DIAGRAM_MENU_ID, menu, selectionProvider);
        return page;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (sourcePage != null && newPageIndex != SOURCE_PAGE) {
            sourcePage.flush();
            if (!sync.isBroken()) {
                // a pause in typing may not have been parsed yet
                sourceEdited(sourcePage.text());
            }
        }
        if (newPageIndex == SOURCE_PAGE) {
            refreshSource();
        }
        super.pageChange(newPageIndex);
        updateActionBars();
    }

    // --- document changes

    private void modelChanged(ModelDocument changed, Object origin) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.setDiagram(changed.diagram());
        summaryPage.update(changed.analysis());
        if (origin != sourcePage) {
            // Writing thousands of lines into the text widget on every edit would slow big models
            // down; the text is brought up to date when the Source page is shown.
            sync.modelEdited();
            sourcePage.showError(null);
            if (getActivePage() == SOURCE_PAGE) {
                refreshSource();
            }
        }
        if (outlinePage != null) {
            outlinePage.refresh();
        }
        if (propertySheetPage != null) {
            Display.getCurrent().asyncExec(() -> {
                if (propertySheetPage != null && propertySheetPage.getControl() != null
                        && !propertySheetPage.getControl().isDisposed()) {
                    propertySheetPage.refresh();
                }
            });
        }
        updateBanner();
        updateMarkers();
        firePropertyChange(PROP_DIRTY);
    }

    private void refreshSource() {
        sync.refreshedSource(document.model()).ifPresent(sourcePage::setText);
    }

    private void sourceEdited(String text) {
        Optional<SourceModelSync.SourceEdit> edit = sync.sourceEdited(text, document.model(),
                getEditorInput().getName());
        if (edit.isEmpty()) {
            return;
        }
        Model parsed = edit.get().parsed();
        sourcePage.showError(edit.get().error());
        if (parsed != null && !parsed.equals(document.model())) {
            execute(new ReplaceModelOperation(Messages.Operation_editSource, this, parsed, sourcePage));
        }
        updateBanner();
        updateMarkers();
        firePropertyChange(PROP_DIRTY);
    }

    private void updateBanner() {
        if (banner == null || banner.isDisposed()) {
            return;
        }
        ModelLoadException sourceError = sync.sourceError();
        boolean show = sourceError != null;
        banner.setText(show ? NLS.bind(Messages.Editor_sourceError, sourceError.line(), sourceError.reason()) : "");
        banner.setToolTipText(show ? sourceError.getMessage() : null);
        ((GridData) banner.getLayoutData()).exclude = !show;
        banner.setVisible(show);
        banner.getParent().layout(true);
    }

    private void updateMarkers() {
        if (markers == null) {
            return;
        }
        if (sync.sourceError() != null) {
            markers.update(sync.sourceError());
        } else {
            markers.update(document.model());
        }
    }

    // --- ModelEditing

    @Override
    public ModelDocument document() {
        return document;
    }

    @Override
    public List<String> selectedLayers() {
        return canvas == null ? List.of() : canvas.selection();
    }

    @Override
    public void selectLayers(List<String> names) {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        canvas.setSelection(names);
        layersSelected(canvas.selection(), null);
    }

    /** Tells the outline, the Properties view and the workbench about a new selection. */
    private void layersSelected(List<String> names, Object source) {
        if (source != outlinePage && outlinePage != null) {
            outlinePage.select(names);
        }
        if (source != canvas && canvas != null) {
            canvas.setSelection(names);
        }
        selectionProvider.fire(LayerSelection.of(document, names));
        layerActions.update();
    }

    @Override
    public boolean execute(ModelOperation operation) {
        operation.addContext(undoContext);
        try {
            return history.execute(operation, null, null).isOK();
        } catch (ExecutionException e) {
            IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
            status.setErrorMessage(e.getMessage());
            Display.getCurrent().beep();
            return false;
        }
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    // --- commands

    /** Adds a layer of a kind at an index, or after the selection (at the end without one) when -1. */
    public void addLayer(LayerKind kind, int index) {
        Model model = document.model();
        int at = index;
        if (at < 0) {
            List<String> selected = selectedLayers();
            at = selected.isEmpty() ? model.size() : model.indexOf(selected.getLast()) + 1;
        }
        execute(new InsertLayersOperation(NLS.bind(Messages.Operation_addLayer, kind.kerasName()), this, at,
                List.of(LayerDefaults.create(kind, model))));
        setActivePage(DIAGRAM_PAGE);
        canvas.setFocus();
    }

    /** Moves the selected layers one place up (-1) or down (+1). */
    public void moveSelection(int direction) {
        List<String> selected = selectedLayers();
        int target = MoveLayersOperation.stepTarget(document.model(), selected, direction);
        if (target >= 0) {
            execute(new MoveLayersOperation(direction < 0 ? Messages.Operation_moveUp : Messages.Operation_moveDown,
                    this, selected, target));
        }
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public Palette palette() {
        return palette;
    }

    public SummaryPage summaryPage() {
        return summaryPage;
    }

    public SourcePage sourcePage() {
        return sourcePage;
    }

    /** The error of the source text, or {@code null} when it reads as a model. */
    public ModelLoadException sourceError() {
        return sync.sourceError();
    }

    /** Shows the Properties view for the selection. */
    public void showProperties() {
        try {
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    /** Switches to a page (for tests and handlers). */
    public void showPage(int page) {
        setActivePage(page);
    }

    /** The index of the page shown ({@link #DIAGRAM_PAGE}, ...), public for handlers and tests. */
    @Override
    public int getActivePage() {
        return super.getActivePage();
    }

    // --- action bars

    /** Points the workbench's global actions at this editor's page; called by the contributor. */
    void contributeTo(IActionBars bars) {
        if (layerActions == null) {
            return;
        }
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        boolean source = getActivePage() == SOURCE_PAGE;
        for (String id : LayerActions.IDS) {
            IAction action = source ? layerActions.textAction(id, sourcePage) : layerActions.action(id);
            bars.setGlobalActionHandler(id, action);
        }
        bars.updateActionBars();
    }

    private void updateActionBars() {
        if (getEditorSite().getActionBarContributor() instanceof ModelEditorContributor contributor
                && getSite().getPage().getActiveEditor() == this) {
            contributeTo(contributor.getActionBars());
        }
    }

    // --- saving

    @Override
    public boolean isDirty() {
        if (document == null) {
            return false;
        }
        return sync.isDirty(document.model());
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (sourcePage != null) {
            sourcePage.flush();
            if (getActivePage() == SOURCE_PAGE) {
                sourceEdited(sourcePage.text());
            }
        }
        if (!saveTo(EditorInputs.path(getEditorInput()), EditorInputs.file(getEditorInput())) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    private boolean saveTo(Path path, IFile file) {
        try {
            String text = sync.textToSave(document.model());
            AtomicFile.write(path, text);
            sync.saved(text, document.model());
            if (file != null) {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            }
            firePropertyChange(PROP_DIRTY);
            return true;
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, null,
                    Status.error(NLS.bind(Messages.Editor_saveFailed, path, e.getMessage()), e));
            return false;
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        IFile current = EditorInputs.file(getEditorInput());
        if (current != null) {
            SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
            dialog.setOriginalFile(current);
            if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
                return;
            }
            IPath target = dialog.getResult();
            if (target.getFileExtension() == null) {
                target = target.addFileExtension(LaminaFormat.EXTENSION.substring(1));
            }
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(target);
            if (file.getLocation() != null && saveTo(file.getLocation().toPath(), file)) {
                setInput(new FileEditorInput(file));
            }
        } else {
            FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] {"*" + LaminaFormat.EXTENSION});
            dialog.setOverwrite(true);
            Path currentPath = EditorInputs.path(getEditorInput());
            dialog.setFilterPath(String.valueOf(currentPath.getParent()));
            dialog.setFileName(String.valueOf(currentPath.getFileName()));
            String chosen = dialog.open();
            if (chosen == null) {
                return;
            }
            Path target = Path.of(chosen);
            if (saveTo(target, null)) {
                setInput(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(target.toUri())));
            }
        }
    }

    @Override
    protected void setInput(IEditorInput input) {
        super.setInputWithNotify(input);
        if (undoContext != null) {
            setPartName(input.getName());
            IFile file = EditorInputs.file(input);
            if (markers != null) {
                markers.close();
            }
            markers = file == null ? null : new ProblemMarkers(file);
            updateMarkers();
            firePropertyChange(PROP_DIRTY);
        }
    }

    // --- changes on disk (watched by DiskWatcher)

    /**
     * Compares the file on disk with what this editor last loaded or saved, and offers to reload
     * it when it differs. Runs when the editor is activated, and at once for a workspace change
     * while it is active.
     */
    void checkDisk() {
        diskWatcher.check();
    }

    /** Whether the editor's pages exist (a disk check needs them to reload into). */
    boolean hasPages() {
        return canvas != null && !canvas.isDisposed();
    }

    /** Whether {@code text} is what this editor last loaded or saved. */
    boolean matchesSaved(String text) {
        return sync.matchesSaved(text);
    }

    /** Follows the file to where it was moved or renamed. */
    void follow(IEditorInput moved) {
        setInput(moved);
    }

    /** The file on disk now holds {@code text}; {@code replace}: the user chose to take it into the editor. */
    void reloadFrom(String text, boolean replace) {
        SourceModelSync.SourceEdit disk = sync.diskChanged(text, getEditorInput().getName());
        if (replace) {
            if (disk.parsed() != null) {
                execute(new ReplaceModelOperation(Messages.Operation_reload, this, disk.parsed(), null));
                sync.sourceReads();
                sourcePage.setText(text);
                sourcePage.showError(null);
            } else {
                sync.sourceBroken(text, disk.error());
                sourcePage.setText(text);
                sourcePage.showError(disk.error());
                setActivePage(SOURCE_PAGE);
            }
            updateBanner();
            updateMarkers();
        }
        firePropertyChange(PROP_DIRTY);
    }

    // --- markers, adapters

    @Override
    public void gotoMarker(IMarker marker) {
        String layer = marker.getAttribute(ProblemMarkers.LAYER_NAME, null);
        if (layer != null && document.model().indexOf(layer) >= 0) {
            setActivePage(DIAGRAM_PAGE);
            selectLayers(List.of(layer));
            canvas.setFocus();
            return;
        }
        int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
        if (line > 0) {
            setActivePage(SOURCE_PAGE);
            sourcePage.revealLine(line);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outlinePage == null) {
                outlinePage = new ModelOutlinePage(document, names -> {
                    setActivePage(DIAGRAM_PAGE);
                    layersSelected(names, outlinePage);
                }, () -> outlinePage = null);
            }
            return adapter.cast(outlinePage);
        }
        if (adapter == IPropertySheetPage.class) {
            if (propertySheetPage == null || propertySheetPage.getControl() == null
                    || propertySheetPage.getControl().isDisposed()) {
                propertySheetPage = new LayerPropertySheetPage(this);
                propertySheetPage.setPropertySourceProvider(new LayerPropertySourceProvider(this));
            }
            return adapter.cast(propertySheetPage);
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IUndoContext.class) {
            return adapter.cast(undoContext);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        if (getActivePage() == DIAGRAM_PAGE && canvas != null) {
            canvas.setFocus();
        } else {
            super.setFocus();
        }
        if (diskWatcher.checkPending()) {
            Display.getCurrent().asyncExec(this::checkDisk);
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskWatcher);
        if (getSite() != null && getSite().getPage() != null) {
            getSite().getPage().removePartListener(activationListener);
        }
        if (markers != null) {
            // the builder marks the file as saved from now on, not the edits being thrown away
            markers.close();
        }
        if (document != null) {
            document.removeListener(documentListener);
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

    /** The workbench selection of this editor: the selected layers. */
    private final class SelectionProvider implements ISelectionProvider {

        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = org.eclipse.jface.viewers.StructuredSelection.EMPTY;

        void fire(ISelection newSelection) {
            selection = newSelection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, newSelection);
            for (ISelectionChangedListener listener : List.copyOf(listeners)) {
                listener.selectionChanged(event);
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            selectLayers(LayerSelection.names(newSelection));
        }
    }
}
