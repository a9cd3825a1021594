// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.engine;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import dev.lamina.engine.info.EngineInfo;
import dev.lamina.engine.selftest.SelfTest;
import dev.lamina.ui.internal.Messages;

/** Shows the live ND4J back end and offers a self-test that trains a tiny network. */
public class EngineInfoDialog extends Dialog {

    static final int SELF_TEST_ID = IDialogConstants.CLIENT_ID + 1;

    private final EngineInfo info;
    private Label selfTestResult;
    private Table table;

    public EngineInfoDialog(Shell parent, EngineInfo info) {
        super(parent);
        this.info = info;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.EngineInfo_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        new Label(area, SWT.WRAP).setText(Messages.EngineInfo_heading);

        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, SWT.DEFAULT).applyTo(table);
        TableColumn property = new TableColumn(table, SWT.LEFT);
        property.setText(Messages.EngineInfo_property);
        TableColumn value = new TableColumn(table, SWT.LEFT);
        value.setText(Messages.EngineInfo_value);
        for (String[] row : info.rows()) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        new TableItem(table, SWT.NONE).setText(new String[] { Messages.EngineInfo_java,
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" });
        property.pack();
        value.pack();

        selfTestResult = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(selfTestResult);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, SELF_TEST_ID, Messages.EngineInfo_selfTest, false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == SELF_TEST_ID) {
            runSelfTest();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void runSelfTest() {
        Button button = getButton(SELF_TEST_ID);
        button.setEnabled(false);
        show(Messages.EngineInfo_selfTestRunning);
        new EngineJob<SelfTest.Result>(Messages.EngineInfo_selfTestJob, () -> SelfTest.run(30),
                getShell().getDisplay(), result -> {
                    String text = describe(result);
                    // The workspace log keeps the result for support: what this machine's engine did.
                    ILog.of(EngineInfoDialog.class).log(result.learned() ? Status.info(text) : Status.warning(text));
                    show(text);
                    enable(button);
                }, failure -> {
                    show(NLS.bind(Messages.EngineInfo_failed, failure));
                    enable(button);
                }).schedule();
    }

    private static String describe(SelfTest.Result result) {
        String before = String.format(Locale.ROOT, "%.4f", result.initialLoss());
        String after = String.format(Locale.ROOT, "%.4f", result.finalLoss());
        return result.learned()
                ? NLS.bind(Messages.EngineInfo_selfTestPassed,
                        new Object[] { before, after, result.iterations(), result.millis() })
                : NLS.bind(Messages.EngineInfo_selfTestFailed, before, after);
    }

    private void show(String text) {
        if (!selfTestResult.isDisposed()) {
            selfTestResult.setText(text);
            selfTestResult.getParent().layout(true);
        }
    }

    private static void enable(Button button) {
        if (!button.isDisposed()) {
            button.setEnabled(true);
        }
    }

    /** For tests: the rows shown, label then value. */
    public String[][] shownRows() {
        TableItem[] items = table.getItems();
        String[][] rows = new String[items.length][];
        for (int i = 0; i < items.length; i++) {
            rows[i] = new String[] { items[i].getText(0), items[i].getText(1) };
        }
        return rows;
    }

    /** For tests: the self-test line, empty until one ran. */
    public String selfTestText() {
        return selfTestResult.getText();
    }
}
