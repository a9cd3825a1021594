// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dev.lamina.ui.internal.Messages;

/** The Welcome page's input: there is one Welcome page, so every instance is equal. */
public final class WelcomeInput implements IEditorInput {

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.createFromURL(WelcomeInput.class.getResource("/icons/lamina16.png"));
    }

    @Override
    public String getName() {
        return Messages.Welcome_tab;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.Welcome_title;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WelcomeInput;
    }

    @Override
    public int hashCode() {
        return WelcomeInput.class.hashCode();
    }
}
