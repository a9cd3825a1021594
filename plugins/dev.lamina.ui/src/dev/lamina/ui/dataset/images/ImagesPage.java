// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

import dev.lamina.data.folder.ImageFile;
import dev.lamina.data.folder.ScanProblem;
import dev.lamina.data.folder.ScanProblemKind;
import dev.lamina.data.folder.ScanReport;
import dev.lamina.ui.dataset.Messages;

/** The images of a dataset as thumbnails grouped by class, filtered by class and by problem, zoomable. */
public final class ImagesPage extends Composite {

    /** What the problem filter shows. */
    public enum Show {
        ALL, PROBLEMS, USABLE
    }

    private final Combo classFilter;
    private final Combo showFilter;
    private final Scale zoom;
    private final Label status;
    private final org.eclipse.swt.widgets.Button newClass;
    private final org.eclipse.swt.widgets.Button importZip;
    private final ThumbnailGrid grid;
    private List<Tile> all = List.of();
    private List<String> classes = List.of();
    private java.util.function.Consumer<List<Tile>> onSelection = tiles -> { };

    public ImagesPage(Composite parent, ThumbnailCache.Factory cacheFactory) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(9, false));
        new Label(this, SWT.NONE).setText(Messages.Images_class);
        classFilter = new Combo(this, SWT.READ_ONLY);
        classFilter.setLayoutData(new GridData(180, SWT.DEFAULT));
        new Label(this, SWT.NONE).setText(Messages.Images_show);
        showFilter = new Combo(this, SWT.READ_ONLY);
        showFilter.setItems(Messages.Images_all, Messages.Images_problemsOnly, Messages.Images_usableOnly);
        showFilter.select(0);
        new Label(this, SWT.NONE).setText(Messages.Images_zoom);
        zoom = new Scale(this, SWT.HORIZONTAL);
        zoom.setMinimum(ThumbnailGrid.MIN_CELL);
        zoom.setMaximum(ThumbnailGrid.MAX_CELL);
        zoom.setIncrement(8);
        zoom.setPageIncrement(32);
        zoom.setLayoutData(new GridData(160, SWT.DEFAULT));
        newClass = new org.eclipse.swt.widgets.Button(this, SWT.PUSH);
        newClass.setText(Messages.Edit_newClassButton);
        importZip = new org.eclipse.swt.widgets.Button(this, SWT.PUSH);
        importZip.setText(Messages.Zip_importButton);
        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        grid = new ThumbnailGrid(this, cacheFactory);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 9, 1));
        zoom.setSelection(grid.cellSize());
        zoom.addListener(SWT.Selection, e -> grid.setCellSize(zoom.getSelection()));
        grid.addListener(SWT.Modify, e -> zoom.setSelection(grid.cellSize()));
        classFilter.addListener(SWT.Selection, e -> refilter());
        showFilter.addListener(SWT.Selection, e -> refilter());
        grid.onSelection(() -> {
            updateStatus();
            onSelection.accept(grid.selection());
        });
    }

    /** Told the selected tiles whenever the selection changes. */
    public void onSelection(java.util.function.Consumer<List<Tile>> listener) {
        onSelection = listener;
    }

    /** Shows a scan: its usable images and its files with problems, each in its class folder's group. */
    public void show(ScanReport report) {
        classes = report.classes();
        all = tiles(report);
        String chosen = classFilter.getSelectionIndex() > 0 ? classFilter.getText() : null;
        List<String> items = new ArrayList<>();
        items.add(Messages.Images_allClasses);
        items.addAll(classes);
        classFilter.setItems(items.toArray(String[]::new));
        classFilter.select(Math.max(0, chosen == null ? 0 : items.indexOf(chosen)));
        refilter();
    }

    /** Usable images in loader order, with their notes; then each class's skipped files. */
    static List<Tile> tiles(ScanReport report) {
        Map<Path, ScanProblem> problems = new HashMap<>();
        List<List<Tile>> skipped = new ArrayList<>();
        for (int c = 0; c < report.classes().size(); c++) {
            skipped.add(new ArrayList<>());
        }
        for (ScanProblem problem : report.problems()) {
            ScanProblemKind.Severity severity = problem.kind().severity();
            if (severity == ScanProblemKind.Severity.NOTE) {
                problems.put(problem.path(), problem);
            } else if (severity == ScanProblemKind.Severity.SKIPPED) {
                int c = classOf(report, problem.path());
                if (c >= 0) {
                    skipped.get(c).add(new Tile(problem.path(), c, null, problem));
                }
            }
        }
        List<Tile> tiles = new ArrayList<>(report.images().size() + problems.size());
        int next = 0;
        List<ImageFile> images = report.images();
        for (int c = 0; c < report.classes().size(); c++) {
            while (next < images.size() && images.get(next).classIndex() == c) {
                ImageFile image = images.get(next++);
                tiles.add(new Tile(image.path(), c, image.header(), problems.get(image.path())));
            }
            tiles.addAll(skipped.get(c));
        }
        return tiles;
    }

    private static int classOf(ScanReport report, Path file) {
        for (int c = 0; c < report.classes().size(); c++) {
            if (file.startsWith(report.root().resolve(report.classes().get(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** Sets the filters (class index or -1 for all) as a user would. */
    public void filter(int classIndex, Show show) {
        classFilter.select(classIndex + 1);
        showFilter.select(show.ordinal());
        refilter();
    }

    private void refilter() {
        int c = classFilter.getSelectionIndex() - 1;
        Show show = Show.values()[Math.max(0, showFilter.getSelectionIndex())];
        List<Tile> shown = all.stream().filter(t -> c < 0 || t.classIndex() == c)
                .filter(t -> show == Show.ALL || (show == Show.PROBLEMS) == (t.problem() != null)).toList();
        grid.setTiles(shown, classes);
        updateStatus();
    }

    private void updateStatus() {
        status.setText(NLS.bind(Messages.Images_selected, grid.selection().size(), String.format("%,d", grid.tiles().size())));
    }

    /** Selects and reveals a file, clearing a filter that hides it; false when the dataset has no such file. */
    public boolean reveal(Path file) {
        for (int pass = 0; pass < 2; pass++) {
            List<Tile> shown = grid.tiles();
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).path().equals(file)) {
                    grid.select(i);
                    return true;
                }
            }
            filter(-1, Show.ALL);
        }
        return false;
    }

    /** The <em>New Class...</em> button. */
    public org.eclipse.swt.widgets.Button newClassButton() {
        return newClass;
    }

    /** The <em>Import Zip...</em> button. */
    public org.eclipse.swt.widgets.Button importZipButton() {
        return importZip;
    }

    public ThumbnailGrid grid() {
        return grid;
    }
}
