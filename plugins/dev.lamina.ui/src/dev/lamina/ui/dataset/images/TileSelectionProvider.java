// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.nio.file.Path;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The files of the tiles selected in a {@link ThumbnailGrid}, as {@link Path}s: the selection that commands
 * contributed to the Images page's context menu ({@code popup:dev.lamina.ui.dataset.images}) act on.
 */
public final class TileSelectionProvider implements ISelectionProvider {

    /** The id of the Images page's context menu, for menu contributions. */
    public static final String MENU_ID = "dev.lamina.ui.dataset.images";

    private final ThumbnailGrid grid;

    public TileSelectionProvider(ThumbnailGrid grid) {
        this.grid = grid;
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(grid.selection().stream().map(Tile::path).toArray(Path[]::new));
    }

    @Override
    public void setSelection(ISelection selection) {
        // the grid's selection is made by clicks and reveal(), not by commands
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // read when the menu opens; no one listens to changes
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // see addSelectionChangedListener
    }
}
