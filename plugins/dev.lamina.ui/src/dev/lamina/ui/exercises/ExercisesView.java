// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.exercises;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

import dev.lamina.course.exercise.CheckResult;
import dev.lamina.course.exercise.ExerciseFile;
import dev.lamina.course.exercise.ExerciseReport;
import dev.lamina.course.exercise.ExerciseRules;
import dev.lamina.data.DataException;

/**
 * The course exercises of the open projects: each with its state, the goal and the steps, and *Check My Solution*
 * with every rule's outcome and hint.
 */
public class ExercisesView extends ViewPart {

    public static final String ID = "dev.lamina.ui.exercises.ExercisesView";

    private TableViewer projects;
    private Label goal;
    private Label steps;
    private Button check;
    private Label verdict;
    private TableViewer results;
    private final IResourceChangeListener projectsChanged = this::resourcesChanged;
    private int checksShown;

    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        createProjectTable(sash);
        Composite detail = new Composite(sash, SWT.NONE);
        detail.setLayout(new GridLayout(3, false));
        check = new Button(detail, SWT.PUSH);
        check.setText(Messages.Exercises_check);
        check.addListener(SWT.Selection, e -> checkSelected());
        Button openModel = new Button(detail, SWT.PUSH);
        openModel.setText(Messages.Exercises_openModel);
        openModel.addListener(SWT.Selection, e -> selected().ifPresent(p -> open(ExerciseLocations.model(p))));
        verdict = new Label(detail, SWT.WRAP);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        goal = new Label(detail, SWT.WRAP);
        goal.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        goal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        steps = new Label(detail, SWT.WRAP);
        steps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        createResultTable(detail);
        sash.setWeights(1, 3);
        projects.setInput(ExerciseLocations.all());
        ResourcesPlugin.getWorkspace().addResourceChangeListener(projectsChanged, IResourceChangeEvent.POST_CHANGE);
        if (!ExerciseLocations.all().isEmpty()) {
            projects.setSelection(new StructuredSelection(ExerciseLocations.all().get(0)));
        }
        showSelected();
    }

    private void createProjectTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        projects = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        projects.getTable().setHeaderVisible(true);
        projects.setContentProvider(ArrayContentProvider.getInstance());
        column(projects, layout, Messages.Exercises_project, 2, p -> ((IProject) p).getName());
        column(projects, layout, Messages.Exercises_exercise, 5, p -> title((IProject) p));
        column(projects, layout, Messages.Exercises_state, 2, p -> {
            ExerciseState state = ExerciseState.of((IProject) p);
            return state == null ? Messages.Exercises_notChecked : ExerciseDecorator.text(state);
        });
        projects.addSelectionChangedListener(e -> showSelected());
        projects.addDoubleClickListener(e -> selected().ifPresent(p -> open(ExerciseLocations.model(p))));
    }

    private void createResultTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        results = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        results.getTable().setHeaderVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn rule = new TableViewerColumn(results, SWT.NONE);
        rule.getColumn().setText(Messages.Exercises_rule);
        layout.setColumnData(rule.getColumn(), new ColumnWeightData(3));
        rule.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((CheckResult) element).rule();
            }

            @Override
            public Image getImage(Object element) {
                String image = switch (((CheckResult) element).status()) {
                    case PASS -> ISharedImages.IMG_OBJS_INFO_TSK;
                    case FAIL -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case SKIPPED -> ISharedImages.IMG_OBJS_WARN_TSK;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        column(results, layout, Messages.Exercises_outcome, 1, r -> switch (((CheckResult) r).status()) {
            case PASS -> Messages.Exercises_pass;
            case FAIL -> Messages.Exercises_fail;
            case SKIPPED -> Messages.Exercises_skipped;
        });
        column(results, layout, Messages.Exercises_found, 3, r -> ((CheckResult) r).detail());
        column(results, layout, Messages.Exercises_hint, 5, r -> ((CheckResult) r).hint());
    }

    private static void column(TableViewer viewer, TableColumnLayout layout, String title, int weight,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private static String title(IProject project) {
        try {
            return rules(project).title();
        } catch (DataException e) {
            return e.getMessage();
        }
    }

    private static ExerciseRules rules(IProject project) {
        return ExerciseFile.load(ExerciseLocations.exerciseFile(project).getLocation().toPath());
    }

    private java.util.Optional<IProject> selected() {
        Object first = ((IStructuredSelection) projects.getSelection()).getFirstElement();
        return java.util.Optional.ofNullable((IProject) first);
    }

    private void showSelected() {
        results.setInput(List.of());
        verdict.setText("");
        IProject project = selected().orElse(null);
        check.setEnabled(project != null);
        if (project == null) {
            goal.setText(Messages.Exercises_none);
            steps.setText("");
        } else {
            try {
                ExerciseRules rules = rules(project);
                goal.setText(rules.title());
                steps.setText(steps(rules));
            } catch (DataException e) {
                goal.setText(e.getMessage());
                steps.setText("");
                check.setEnabled(false);
            }
        }
        goal.getParent().layout(true, true);
    }

    /** The steps to the goal, from the rules the checker will apply. */
    static String steps(ExerciseRules rules) {
        List<String> model = new ArrayList<>();
        rules.input().ifPresent(in -> model.add(NLS.bind(Messages.Exercises_stepInput,
                in.height() + "×" + in.width() + "×" + in.channels())));
        rules.layers().forEach(layer -> model.add(layer.describe()));
        rules.output().ifPresent(out -> model.add(NLS.bind(Messages.Exercises_stepOutput, out.units(),
                out.activation().kerasName())));
        rules.maxParams().ifPresent(max -> model.add(NLS.bind(Messages.Exercises_stepParams,
                String.format("%,d", max))));
        StringBuilder text = new StringBuilder(NLS.bind(Messages.Exercises_stepModel, String.join("; ", model)));
        rules.target().ifPresent(target -> text.append('\n')
                .append(NLS.bind(Messages.Exercises_stepTrain, target.describe())));
        text.append('\n').append(Messages.Exercises_stepCheck);
        return text.toString();
    }

    private void checkSelected() {
        selected().ifPresent(project -> {
            check.setEnabled(false);
            results.setInput(List.of());
            verdict.setText(Messages.Exercises_running);
            new CheckExerciseJob(project, report -> getSite().getShell().getDisplay().asyncExec(() -> {
                if (!projects.getTable().isDisposed()) {
                    showReport(project, report);
                }
            })).schedule();
        });
    }

    private void showReport(IProject project, ExerciseReport report) {
        checksShown++;
        check.setEnabled(true);
        projects.refresh(project);
        if (!project.equals(selected().orElse(null))) {
            return;
        }
        results.setInput(report.results());
        ExerciseState state = ExerciseState.of(report);
        verdict.setText(state.passed() ? Messages.Exercises_passed
                : NLS.bind(Messages.Exercises_failed, state.failing(), state.rules()));
        verdict.getParent().layout();
    }

    private void open(org.eclipse.core.resources.IFile file) {
        try {
            IDE.openEditor(getSite().getPage(), file);
        } catch (PartInitException e) {
            verdict.setText(e.getMessage());
        }
    }

    private void resourcesChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        boolean projectsMoved = java.util.Arrays.stream(event.getDelta().getAffectedChildren())
                .anyMatch(child -> child.getKind() != org.eclipse.core.resources.IResourceDelta.CHANGED
                        || (child.getFlags() & org.eclipse.core.resources.IResourceDelta.OPEN) != 0
                        || child.findMember(org.eclipse.core.runtime.IPath.fromOSString(ExerciseFile.NAME)) != null);
        if (projectsMoved) {
            getSite().getShell().getDisplay().asyncExec(() -> {
                if (!projects.getTable().isDisposed()) {
                    Object selection = selected().orElse(null);
                    projects.setInput(ExerciseLocations.all());
                    if (selection != null) {
                        projects.setSelection(new StructuredSelection(selection));
                    }
                }
            });
        }
    }

    /** Selects {@code project} and runs its check, as the button does (for the command and tests). */
    public void check(IProject project) {
        projects.setSelection(new StructuredSelection(project));
        checkSelected();
    }

    /** How many checks have finished while the view was open (for tests). */
    public int checksShown() {
        return checksShown;
    }

    /** The rows of the last check shown (for tests). */
    public List<CheckResult> shownResults() {
        Object input = results.getInput();
        return input == null ? List.of() : List.copyOf((List<CheckResult>) input);
    }

    @Override
    public void setFocus() {
        projects.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectsChanged);
        super.dispose();
    }
}
