// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.osgi.framework.FrameworkUtil;

import dev.lamina.data.folder.ScanReport;
import dev.lamina.ui.dataset.images.ImagesPage;
import dev.lamina.ui.dataset.images.LargeImageDialog;
import dev.lamina.ui.dataset.images.ThumbnailCache;

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

    private IContainer folder;
    private DatasetWatcher watcher;
    private DatasetScanJob scanJob;
    private ClassesPage classesPage;
    private ImagesPage imagesPage;
    private ScanReport report;
    private boolean verified;
    private Path pendingReveal;

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
        scanJob = new DatasetScanJob(folder, new DatasetScanJob.Listener() {
            @Override
            public void scanned(ScanReport scanned, boolean complete) {
                onUiThread(() -> show(scanned, complete));
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

    private void show(ScanReport scanned, boolean complete) {
        report = scanned;
        verified = complete;
        classesPage.show(scanned, complete);
        imagesPage.show(scanned);
        if (complete && pendingReveal != null) {
            Path file = pendingReveal;
            pendingReveal = null;
            reveal(file);
        }
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
        super.dispose();
    }
}
