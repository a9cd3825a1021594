// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.palette;

import java.nio.charset.StandardCharsets;

import org.eclipse.swt.dnd.ByteArrayTransfer;
import org.eclipse.swt.dnd.TransferData;

import dev.lamina.core.layer.LayerKind;

/** Drags a layer kind from the palette to a diagram, as its Keras name. */
public final class LayerKindTransfer extends ByteArrayTransfer {

    private static final String TYPE_NAME = "dev.lamina.ui.layerKind";
    private static final int TYPE_ID = registerType(TYPE_NAME);
    private static final LayerKindTransfer INSTANCE = new LayerKindTransfer();

    private LayerKindTransfer() {
    }

    public static LayerKindTransfer getInstance() {
        return INSTANCE;
    }

    @Override
    protected void javaToNative(Object object, TransferData transferData) {
        if (object instanceof LayerKind kind && isSupportedType(transferData)) {
            super.javaToNative(kind.kerasName().getBytes(StandardCharsets.UTF_8), transferData);
        }
    }

    @Override
    protected Object nativeToJava(TransferData transferData) {
        if (!isSupportedType(transferData)) {
            return null;
        }
        byte[] bytes = (byte[]) super.nativeToJava(transferData);
        return bytes == null ? null : LayerKind.fromKerasName(new String(bytes, StandardCharsets.UTF_8)).orElse(null);
    }

    @Override
    protected String[] getTypeNames() {
        return new String[] {TYPE_NAME};
    }

    @Override
    protected int[] getTypeIds() {
        return new int[] {TYPE_ID};
    }

    @Override
    protected boolean validate(Object object) {
        return object instanceof LayerKind;
    }
}
