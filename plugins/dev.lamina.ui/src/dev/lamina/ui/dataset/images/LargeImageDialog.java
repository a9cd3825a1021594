// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.data.DataException;
import dev.lamina.data.image.ColorMode;
import dev.lamina.data.image.ImageDecoder;
import dev.lamina.data.image.ImageHeader;
import dev.lamina.data.image.PixelImage;
import dev.lamina.ui.dataset.Messages;

/**
 * One image opened large: decoded by the data bundle's {@link ImageDecoder} at its own size (enlarged, pixel by
 * pixel, to fill at least 280 pixels; shrunk to fit the screen), with its size, format, colour model, bytes and path.
 */
public final class LargeImageDialog extends Dialog {

    private static final int MIN_SIDE = 280;

    private final Tile tile;
    private Image image;
    private String facts;

    public LargeImageDialog(Shell parent, Tile tile) {
        super(parent);
        this.tile = tile;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Large_title, tile.path().getFileName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        String size;
        try {
            size = String.format("%,d", Files.size(tile.path()));
        } catch (IOException e) {
            size = "?";
        }
        if (tile.usable()) {
            try {
                ImageDecoder decoder = new ImageDecoder();
                ImageHeader header = tile.header() != null ? tile.header() : decoder.probe(tile.path());
                PixelImage pixels = decoder.decode(tile.path(), ColorMode.RGB);
                image = new Image(parent.getDisplay(), SwtPixels.toImageData(pixels));
                facts = NLS.bind(Messages.Large_facts, new Object[] { header.width(), header.height(),
                        header.format(), header.colorModel(), size, tile.path() });
            } catch (DataException e) {
                facts = NLS.bind(Messages.Large_cannotRead, tile.path(), e.problem());
            }
        } else {
            facts = tile.problem().message();
        }
        if (tile.problem() != null && tile.usable()) {
            facts += "\n" + tile.problem().detail();
        }
        if (image != null) {
            Rectangle bounds = image.getBounds();
            Rectangle screen = parent.getDisplay().getPrimaryMonitor().getClientArea();
            float scale = Math.max(1, MIN_SIDE / Math.max(bounds.width, bounds.height));
            scale = Math.min(scale, Math.min((screen.width - 100f) / bounds.width, (screen.height - 250f) / bounds.height));
            int width = Math.max(1, Math.round(bounds.width * scale));
            int height = Math.max(1, Math.round(bounds.height * scale));
            Canvas canvas = new Canvas(area, SWT.DOUBLE_BUFFERED);
            canvas.setLayoutData(new GridData(width, height));
            canvas.addListener(SWT.Paint, e -> {
                e.gc.setInterpolation(width > bounds.width ? SWT.NONE : SWT.HIGH);
                e.gc.drawImage(image, 0, 0, bounds.width, bounds.height, 0, 0, width, height);
            });
        }
        Label label = new Label(area, SWT.WRAP);
        label.setText(facts);
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        area.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** The facts line as shown. */
    public String facts() {
        return facts;
    }
}
