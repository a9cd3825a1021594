// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.activations;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import dev.lamina.ui.dataset.images.SwtPixels;

/** One channel's tile enlarged, with the range of its raw values (before the course's standardisation). */
final class TileDialog extends Dialog {

    /** The enlarged tile's longer side, in pixels (about). */
    private static final int SIZE = 320;

    private final LayerTiles layer;
    private final int channel;
    private Image image;
    private Label range;

    TileDialog(Shell parent, LayerTiles layer, int channel) {
        super(parent);
        this.layer = layer;
        this.channel = channel;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title(layer, channel));
    }

    static String title(LayerTiles layer, int channel) {
        return NLS.bind(Messages.Activations_tileTitle, channel, layer.activation().layerName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        int longer = Math.max(layer.activation().height(), layer.activation().width());
        int scale = Math.max(1, SIZE / longer);
        image = new Image(parent.getDisplay(), SwtPixels.toImageData(layer.tile(channel, scale)));
        Label picture = new Label(area, SWT.NONE);
        picture.setImage(image);
        picture.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, true));
        range = new Label(area, SWT.NONE);
        range.setText(rangeText(layer, channel));
        range.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        area.addDisposeListener(e -> image.dispose());
        return area;
    }

    /** "values from MIN to MAX", the tile's raw range. */
    static String rangeText(LayerTiles layer, int channel) {
        float[] r = layer.range(channel);
        return NLS.bind(Messages.Activations_tileRange, new Object[] { layer.shape(),
                String.format(Locale.ROOT, "%.4g", r[0]), String.format(Locale.ROOT, "%.4g", r[1]) });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
