// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.data.DataException;
import dev.lamina.data.folder.FolderOptions;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.data.pipeline.ClassMode;
import dev.lamina.data.pipeline.PipelineOptions;
import dev.lamina.engine.run.RunPreparation;
import dev.lamina.engine.run.RunPreparationException;
import dev.lamina.engine.training.Trainer;
import dev.lamina.run.config.DataSource;
import dev.lamina.data.folder.ValidationPart;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunFile;
import dev.lamina.run.config.Validation;
import dev.lamina.ui.dataset.edit.AddImagesOperation;
import dev.lamina.ui.dataset.edit.MoveOperation;
import dev.lamina.ui.dataset.edit.RunFileEditOperation;
import dev.lamina.ui.dataset.edit.NewClassOperation;
import dev.lamina.ui.dataset.edit.TrashOperation;
import dev.lamina.ui.dataset.images.ImagesPage;
import dev.lamina.ui.dataset.images.LargeImageDialog;
import dev.lamina.ui.dataset.images.NetworkInput;
import dev.lamina.ui.dataset.images.NetworkInputPage;
import dev.lamina.ui.dataset.images.ThumbnailCache;
import dev.lamina.ui.dataset.images.ThumbnailGrid;
import dev.lamina.ui.dataset.images.TileSelectionProvider;
import dev.lamina.ui.dataset.images.Tile;

/**
 * The dataset editor: a folder of class folders as the loader sees it. The Classes page lists the classes in
 * label order with counts, shares and the scan's warnings; the Images page shows every file as a thumbnail.
 * Both show one {@link ScanReport} of the data bundle's scanner, made again whenever the folder changes in the
 * workspace; its problems are Problems markers ({@link DatasetMarkers}), which open this editor on their file.
 */
public final class DatasetEditor extends MultiPageEditorPart implements IGotoMarker {

    public static final String ID = "dev.lamina.ui.editors.dataset";
    public static final int CLASSES_PAGE = 0;
    public static final int IMAGES_PAGE = 1;
    public static final int NETWORK_PAGE = 2;

    private IContainer folder;
    private IFile runFile;
    private boolean draggingFromGrid;
    private DatasetWatcher watcher;
    private DatasetScanJob scanJob;
    private ClassesPage classesPage;
    private ImagesPage imagesPage;
    private NetworkInputPage networkPage;
    private ScanReport report;
    private ValidationPart validation;
    private boolean verified;
    private Path pendingReveal;
    private IOperationHistory history;
    private IUndoContext undoContext;
    private UndoActionHandler undoAction;
    private RedoActionHandler redoAction;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        IEditorInput datasetInput = input;
        if (input instanceof IFileEditorInput fileInput) {
            // a Problems marker opens its file: the editor is the dataset's, showing that file
            IContainer dataset = datasetOf(fileInput.getFile());
            if (dataset == null) {
                throw new PartInitException(NLS.bind(Messages.Editor_notAFolder, input.getName()));
            }
            datasetInput = new DatasetEditorInput(dataset);
            IPath location = fileInput.getFile().getLocation();
            pendingReveal = location == null ? null : location.toPath();
        }
        if (!(datasetInput instanceof DatasetEditorInput dataset) || dataset.path() == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_notAFolder, input.getName()));
        }
        super.init(site, datasetInput);
        folder = dataset.folder();
        runFile = dataset.runFile() != null ? dataset.runFile() : RunFilesOfDataset.trainingOn(folder);
        setPartName(folder.getName());
        setTitleToolTip(datasetInput.getToolTipText());
        watcher = new DatasetWatcher(this);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(watcher, IResourceChangeEvent.POST_CHANGE);
    }

    /** The dataset folder a file's marker names, else the folder above its class folder. */
    private static IContainer datasetOf(IFile file) {
        try {
            for (IMarker marker : file.findMarkers(DatasetMarkers.TYPE, false, 0)) {
                IContainer dataset = DatasetMarkers.datasetOf(marker);
                if (dataset != null) {
                    return dataset;
                }
            }
        } catch (CoreException e) {
            // no markers: guess from the layout
        }
        IContainer classFolder = file.getParent();
        return classFolder == null ? null : classFolder.getParent();
    }

    @Override
    protected void createPages() {
        classesPage = new ClassesPage(getContainer());
        addPage(classesPage);
        setPageText(CLASSES_PAGE, Messages.Editor_classesPage);
        IPath state = Platform.getStateLocation(FrameworkUtil.getBundle(getClass()));
        Path thumbnails = state == null ? null : state.toPath().resolve("thumbnails");
        imagesPage = new ImagesPage(getContainer(),
                (display, onReady) -> new ThumbnailCache(display, thumbnails, onReady));
        addPage(imagesPage);
        setPageText(IMAGES_PAGE, Messages.Editor_imagesPage);
        imagesPage.grid().onOpen(tile -> new LargeImageDialog(getSite().getShell(), tile).open());
        createEditing();
        networkPage = new NetworkInputPage(getContainer());
        addPage(networkPage);
        setPageText(NETWORK_PAGE, Messages.Editor_networkPage);
        imagesPage.onSelection(tiles -> {
            if (tiles.size() == 1) {
                networkPage.show(tiles.get(0));
            }
        });
        scanJob = new DatasetScanJob(folder, () -> runFile, new DatasetScanJob.Listener() {
            @Override
            public void counted(ScanReport counts) {
                onUiThread(() -> {
                    if (report == null) { // a rescan keeps the last report until its headers are read
                        classesPage.showCounted(counts);
                        imagesPage.show(counts);
                    }
                });
            }

            @Override
            public void scanned(ScanReport scanned, ValidationPart validation, String validationProblem,
                    boolean complete) {
                onUiThread(() -> show(scanned, validation, validationProblem, complete));
            }

            @Override
            public void failed(String message) {
                onUiThread(() -> classesPage.showFailure(NLS.bind(Messages.Editor_scanFailed, folder.getName(), message)));
            }
        });
        scanJob.schedule();
    }

    private void onUiThread(Runnable runnable) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (classesPage != null && !classesPage.isDisposed()) {
                runnable.run();
            }
        });
    }

    private void show(ScanReport scanned, ValidationPart validation, String validationProblem, boolean complete) {
        if (report == null) {
            networkPage.defaultsFrom(scanned);
        }
        report = scanned;
        verified = complete;
        offerSplit();
        classesPage.show(scanned, validation, validationProblem, complete);
        this.validation = validation;
        useNetworkSettings();
        networkPage.dataset(scanned, validation);
        imagesPage.show(scanned);
        if (complete && pendingReveal != null) {
            Path file = pendingReveal;
            pendingReveal = null;
            reveal(file);
        }
    }

    /** The run file whose validation the editor shows, or {@code null}. */
    public IFile runFile() {
        return runFile;
    }

    /** Shows the validation of a run file (opened from it); the dataset is scanned again. */
    public void useRunFile(IFile file) {
        if (file != null && !file.equals(runFile)) {
            runFile = file;
            setTitleToolTip(folder.getFullPath().makeRelative() + " (" + file.getFullPath().makeRelative() + ")");
            rescanSoon();
        }
    }

    /** The last division into training and validation shown, or {@code null}. */
    public ValidationPart validation() {
        return validation;
    }

    private void offerSplit() {
        if (runFile == null || runFile.getLocation() == null) {
            return;
        }
        double split = 0;
        long seed = 0;
        try {
            RunConfig config = RunFile.load(runFile.getLocation().toPath());
            split = config.validation() instanceof Validation.Split(double fraction) ? fraction : 0;
            seed = config.seed();
        } catch (DataException e) {
            // the Classes page says what is wrong with the run file
        }
        classesPage.offerSplit(runFile.getName(), split, seed, this::writeSplit);
        classesPage.offerValidationFolder(this::chooseValidationFolder);
    }

    /** What the network sees as the run file trains, else the course's defaults (the page says which). */
    private void useNetworkSettings() {
        if (runFile == null || runFile.getLocation() == null) {
            networkPage.useCourseDefaults(Messages.Network_courseDefaults);
            return;
        }
        try {
            RunConfig config = RunFile.load(runFile.getLocation().toPath());
            if (!(config.train() instanceof DataSource.Folder)) {
                throw new RunPreparationException("it trains on IDX files");
            }
            FolderOptions folderOptions = RunPreparation.folderOptions(config);
            PipelineOptions pipeline = Trainer.trainingOptions(RunPreparation.settings(config), ClassMode.CATEGORICAL);
            networkPage.useRun(runFile.getName(), new NetworkInput.Settings(folderOptions, pipeline));
        } catch (DataException | RunPreparationException e) {
            networkPage.useCourseDefaults(NLS.bind(Messages.Network_runProblem, runFile.getName(), e.getMessage()));
        }
    }

    /** Writes a validation split and seed into the run file, undoably. */
    public void writeSplit(double split, long seed) {
        if (runFile != null) {
            run(new RunFileEditOperation(runFile, split, seed));
        }
    }

    /** Writes a validation folder into the run file, undoably (the split goes). */
    public void writeValidationFolder(IContainer validationFolder) {
        if (runFile != null && validationFolder.getLocation() != null) {
            run(new RunFileEditOperation(runFile, validationFolder));
        }
    }

    private void chooseValidationFolder() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getSite().getShell(), folder.getParent(), false,
                NLS.bind(Messages.Split_chooseFolderMessage, runFile.getName(), folder.getName()));
        dialog.setTitle(Messages.Split_chooseFolderTitle);
        if (dialog.open() == Window.OK && dialog.getResult() != null && dialog.getResult().length == 1
                && dialog.getResult()[0] instanceof IPath path) {
            IResource chosen = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
            if (chosen instanceof IContainer container) {
                writeValidationFolder(container);
            }
        }
    }

    /** Moves the selected files of the Images page into a class folder, undoably. */
    public void moveSelection(int classIndex) {
        if (report == null || classIndex < 0 || classIndex >= report.classes().size()) {
            return;
        }
        List<IFile> files = selectedFiles();
        if (!files.isEmpty()) {
            run(new MoveOperation(files, folder.getFolder(IPath.fromOSString(report.classes().get(classIndex)))));
        }
    }

    private List<IFile> selectedFiles() {
        List<IFile> files = new ArrayList<>();
        for (Tile tile : imagesPage.grid().selection()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(tile.path()));
            if (file != null && file.exists()) {
                files.add(file);
            }
        }
        return files;
    }

    private void createMoveMenu(ThumbnailGrid grid) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            MenuManager moveTo = new MenuManager(Messages.Edit_moveMenu);
            manager.add(moveTo);
            if (report == null) {
                return;
            }
            for (int c = 0; c < report.classes().size(); c++) {
                int classIndex = c;
                org.eclipse.jface.action.Action action = new org.eclipse.jface.action.Action(c + "  "
                        + report.classes().get(c).replace("&", "&&")) {
                    @Override
                    public void run() {
                        moveSelection(classIndex);
                    }
                };
                action.setEnabled(!grid.selection().isEmpty());
                moveTo.add(action);
            }
        });
        // commands of other bundles on the selection (Predict with Run...)
        menu.addMenuListener(manager -> manager.add(new org.eclipse.jface.action.GroupMarker(
                org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS)));
        getSite().registerContextMenu(TileSelectionProvider.MENU_ID, menu, new TileSelectionProvider(grid));
        grid.setMenu(menu.createContextMenu(grid));
        DragSource drag = new DragSource(grid, DND.DROP_MOVE);
        drag.setTransfer(FileTransfer.getInstance());
        drag.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = !grid.selection().isEmpty();
                draggingFromGrid = event.doit;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = grid.selection().stream().map(t -> t.path().toString()).toArray(String[]::new);
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                draggingFromGrid = false;
            }
        });
    }

    /** Shows a file of the dataset selected on the Images page. */
    public void reveal(Path file) {
        setActivePage(IMAGES_PAGE);
        imagesPage.reveal(file);
    }

    @Override
    public void gotoMarker(IMarker marker) {
        IPath location = marker.getResource().getLocation();
        if (location == null || marker.getResource().equals(folder)) {
            setActivePage(CLASSES_PAGE);
            return;
        }
        if (verified) {
            reveal(location.toPath());
        } else {
            pendingReveal = location.toPath();
        }
    }

    private void createEditing() {
        history = PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
        undoContext = new ObjectUndoContext(this, folder.getName());
        undoAction = new UndoActionHandler(getSite(), undoContext);
        redoAction = new RedoActionHandler(getSite(), undoContext);
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        // Edit > Delete and the Delete key (bound to the workbench's delete command) trash the selected images
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), new org.eclipse.jface.action.Action() {
            @Override
            public void run() {
                trashSelection();
            }
        });
        bars.updateActionBars();
        ThumbnailGrid grid = imagesPage.grid();
        grid.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                trashSelection();
            }
        });
        imagesPage.newClassButton().addListener(SWT.Selection, e -> askForNewClass());
        imagesPage.importZipButton().addListener(SWT.Selection, e -> askForZip());
        createMoveMenu(grid);
        DropTarget drop = new DropTarget(grid, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_MOVE);
        drop.setTransfer(FileTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                // never move files out of the user's folders; images dragged inside the grid change class
                event.detail = draggingFromGrid ? DND.DROP_MOVE : DND.DROP_COPY;
            }

            @Override
            public void dragOperationChanged(DropTargetEvent event) {
                event.detail = draggingFromGrid ? DND.DROP_MOVE : DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                Point at = grid.toControl(event.x, event.y);
                if (draggingFromGrid) {
                    moveSelection(grid.classAt(at.x, at.y));
                    event.detail = DND.DROP_NONE; // moved here: the source deletes nothing
                } else if (event.data instanceof String[] names) {
                    List<Path> dropped = Arrays.stream(names).map(Path::of).toList();
                    // a zip dropped anywhere on the grid brings its class folders; images go to the class under them
                    dropped.stream().filter(DatasetEditor::isZip).forEach(DatasetEditor.this::importZip);
                    addImages(grid.classAt(at.x, at.y), dropped.stream().filter(p -> !isZip(p)).toList());
                }
            }
        });
    }

    /** Copies files into a class folder (what a drop does), undoably; -1 or no file does nothing. */
    public void addImages(int classIndex, List<Path> files) {
        if (report == null || classIndex < 0 || classIndex >= report.classes().size() || files.isEmpty()) {
            return;
        }
        IFolder classFolder = folder.getFolder(IPath.fromOSString(report.classes().get(classIndex)));
        run(new AddImagesOperation(classFolder, files));
    }

    private static boolean isZip(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /**
     * Imports a zip of class folders into the dataset in a job ({@link ZipImportJob}): unpacked safely, asked before
     * a file is replaced, undoable.
     */
    public Job importZip(Path zip) {
        ZipImportJob job = new ZipImportJob(this, zip);
        job.schedule();
        return job;
    }

    private void askForZip() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText(Messages.Zip_chooseTitle);
        dialog.setFilterExtensions(new String[] { "*.zip", "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            importZip(Path.of(chosen));
        }
    }

    /** Moves the selected files of the Images page to the project's .trash, undoably. */
    public void trashSelection() {
        List<IFile> files = selectedFiles();
        if (!files.isEmpty()) {
            run(new TrashOperation(files));
        }
    }

    /** Makes a class folder, undoably. */
    public void newClass(String name) {
        run(new NewClassOperation(folder.getFolder(IPath.fromOSString(name))));
    }

    private void askForNewClass() {
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Edit_newClassTitle,
                Messages.Edit_newClassMessage, "", text -> text.isBlank() || text.startsWith(".")
                        || text.contains("/") || text.contains("\\") ? Messages.Edit_newClassMessage
                                : folder.findMember(text) != null ? Messages.Edit_newClassExists : null);
        if (dialog.open() == Window.OK) {
            newClass(dialog.getValue().strip());
        }
    }

    private void run(AbstractOperation operation) {
        operation.addContext(undoContext);
        try {
            history.execute(operation, null, null);
        } catch (ExecutionException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Edit_errorTitle, e.getMessage());
        }
    }

    /** The editor's undo context in the workbench's operation history. */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** Scans again shortly (changes on disk come in bursts). */
    void rescanSoon() {
        if (scanJob != null) {
            scanJob.schedule(300);
        }
    }

    void folderRemoved() {
        onUiThread(() -> getSite().getPage().closeEditor(this, false));
    }

    /** The dataset folder. */
    public IContainer folder() {
        return folder;
    }

    /** The last scan shown, or {@code null} before the first. */
    public ScanReport report() {
        return report;
    }

    /** Whether the report shown came from the full, decoding scan (markers written). */
    public boolean verified() {
        return verified;
    }

    public ClassesPage classesPage() {
        return classesPage;
    }

    public ImagesPage imagesPage() {
        return imagesPage;
    }

    public NetworkInputPage networkPage() {
        return networkPage;
    }

    @Override
    public void setActivePage(int pageIndex) {
        super.setActivePage(pageIndex);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // every change is made on disk as it happens
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public void dispose() {
        if (watcher != null) {
            ResourcesPlugin.getWorkspace().removeResourceChangeListener(watcher);
        }
        if (scanJob != null) {
            scanJob.cancel();
        }
        if (undoAction != null) {
            undoAction.dispose();
            redoAction.dispose();
            history.dispose(undoContext, true, true, true);
        }
        super.dispose();
    }
}
