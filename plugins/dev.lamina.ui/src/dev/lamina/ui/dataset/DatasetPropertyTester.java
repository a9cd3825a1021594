// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.dataset;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IContainer;

/** {@code dev.lamina.ui.dataset.isDataset}: a folder that {@link DatasetFolders} recognises as class folders. */
public final class DatasetPropertyTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return "isDataset".equals(property) && receiver instanceof IContainer folder
                && DatasetFolders.looksLikeDataset(folder);
    }
}
