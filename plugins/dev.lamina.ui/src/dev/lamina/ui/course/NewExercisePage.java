// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.course;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import dev.lamina.ui.internal.Messages;

/** The exercise (a list with its one-line summary) and the new project's name, which follows the choice. */
final class NewExercisePage extends WizardPage {

    private Table exercises;
    private Label summary;
    private Text name;
    private boolean nameEdited;

    NewExercisePage() {
        super("newExercise");
        setTitle(Messages.ExerciseWizard_pageTitle);
        setDescription(Messages.ExerciseWizard_pageDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        exercises = new Table(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        listData.heightHint = 120;
        exercises.setLayoutData(listData);
        for (CourseExercise exercise : CourseExercise.ALL) {
            TableItem item = new TableItem(exercises, SWT.NONE);
            item.setText(exercise.title());
            item.setData(exercise);
        }
        summary = new Label(body, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        summaryData.widthHint = 420;
        summaryData.heightHint = 60;
        summary.setLayoutData(summaryData);
        new Label(body, SWT.NONE).setText(Messages.ExerciseWizard_projectName);
        name = new Text(body, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        exercises.addListener(SWT.Selection, e -> {
            summary.setText(exercise().summary());
            if (!nameEdited) {
                name.setText(CreateExerciseProjectOperation.freeProjectName(
                        ResourcesPlugin.getWorkspace().getRoot(), exercise().id()));
                nameEdited = false;
            }
            validate();
        });
        name.addListener(SWT.Modify, e -> {
            nameEdited = name.isFocusControl();
            validate();
        });
        exercises.setSelection(0);
        exercises.notifyListeners(SWT.Selection, null);
        setControl(body);
        exercises.setFocus();
    }

    private void validate() {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        String projectName = projectName();
        IStatus status = workspace.validateName(projectName, IResource.PROJECT);
        String error = null;
        if (projectName.isEmpty()) {
            error = Messages.ExerciseWizard_noName;
        } else if (!status.isOK()) {
            error = status.getMessage();
        } else if (workspace.getRoot().getProject(projectName).exists()) {
            error = NLS.bind(Messages.ExerciseWizard_exists, projectName);
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    CourseExercise exercise() {
        int index = exercises.getSelectionIndex();
        return CourseExercise.ALL.get(Math.max(index, 0));
    }

    String projectName() {
        return name.getText().strip();
    }
}
