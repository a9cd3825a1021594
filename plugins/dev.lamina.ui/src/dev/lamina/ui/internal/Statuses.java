// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The status to show for a failure that came out of an operation: a CoreException's own, else its message. */
public final class Statuses {

    private Statuses() {
    }

    public static IStatus of(Throwable failure) {
        return failure instanceof CoreException core ? core.getStatus()
                : Status.error(String.valueOf(failure.getMessage()), failure);
    }
}
