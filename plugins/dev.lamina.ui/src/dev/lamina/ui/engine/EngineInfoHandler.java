// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.engine;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.lamina.engine.info.EngineInfo;
import dev.lamina.engine.info.EngineProbe;
import dev.lamina.ui.internal.Messages;

/** Help &gt; Engine Info: probes ND4J in a job, then shows what it found. */
public class EngineInfoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        new EngineJob<EngineInfo>(Messages.EngineInfo_jobName, EngineProbe::probe, shell.getDisplay(),
                info -> new EngineInfoDialog(shell, info).open(),
                failure -> MessageDialog.openError(shell, Messages.EngineInfo_title,
                        NLS.bind(Messages.EngineInfo_failed, failure))).schedule();
        return null;
    }
}
