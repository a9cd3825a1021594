// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.editor.source;

import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IOverviewRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.DefaultMarkerAnnotationAccess;
import org.eclipse.ui.texteditor.MarkerAnnotationPreferences;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;

import dev.lamina.core.model.ModelLoadException;

/**
 * The Source page: the model's {@code .lamina} JSON, editable. Typing is parsed after a short
 * pause; the text is handed on when it reads as a model, and otherwise the error is shown as an
 * error annotation at its line and column.
 */
public final class SourcePage extends Composite {

    /** The error annotation type of the platform's text editors (red squiggle, ruler icon). */
    public static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";
    private static final int PARSE_DELAY_MS = 400;

    private final SourceViewer viewer;
    private final IDocument document = new Document();
    private final AnnotationModel annotations = new AnnotationModel();
    private final SourceViewerDecorationSupport decorations;
    private final Consumer<String> onEdited;
    private final Runnable parseLater = this::edited;
    private boolean settingText;
    private Annotation error;

    /** @param onEdited called with the text a moment after the user stops typing */
    public SourcePage(Composite parent, Consumer<String> onEdited) {
        super(parent, SWT.NONE);
        this.onEdited = onEdited;
        setLayout(new FillLayout());
        ISharedTextColors colors = EditorsUI.getSharedTextColors();
        DefaultMarkerAnnotationAccess access = new DefaultMarkerAnnotationAccess();
        CompositeRuler ruler = new CompositeRuler();
        ruler.addDecorator(0, new AnnotationRulerColumn(annotations, 16, access));
        ruler.addDecorator(1, new LineNumberRulerColumn());
        IOverviewRuler overview = new OverviewRuler(access, 12, colors);
        viewer = new SourceViewer(this, ruler, overview, true, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER
                | SWT.FULL_SELECTION);
        decorations = new SourceViewerDecorationSupport(viewer, overview, access, colors);
        for (Object preference : new MarkerAnnotationPreferences().getAnnotationPreferences()) {
            decorations.setAnnotationPreference((AnnotationPreference) preference);
            overview.addAnnotationType(((AnnotationPreference) preference).getAnnotationType());
        }
        decorations.install(EditorsUI.getPreferenceStore());
        viewer.configure(new JsonSourceViewerConfiguration());
        viewer.setDocument(document, annotations);
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // nothing to do before
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                if (!settingText) {
                    Display display = getDisplay();
                    display.timerExec(-1, parseLater);
                    display.timerExec(PARSE_DELAY_MS, parseLater);
                }
            }
        });
        addListener(SWT.Dispose, e -> {
            getDisplay().timerExec(-1, parseLater);
            decorations.dispose();
        });
    }

    private void edited() {
        if (!isDisposed()) {
            onEdited.accept(document.get());
        }
    }

    /** Parses what was typed now rather than after the pause (before saving, on leaving the page). */
    public void flush() {
        getDisplay().timerExec(-1, parseLater);
    }

    /** Whether typing is waiting to be parsed. */
    public String text() {
        return document.get();
    }

    /** Replaces the text without telling the listener, keeping the caret near where it was. */
    public void setText(String text) {
        if (text.equals(document.get())) {
            return;
        }
        int caret = viewer.getTextWidget().getCaretOffset();
        int top = viewer.getTopIndex();
        settingText = true;
        try {
            document.set(text);
        } finally {
            settingText = false;
        }
        viewer.getTextWidget().setCaretOffset(Math.min(caret, text.length()));
        viewer.setTopIndex(top);
    }

    /** Shows a load error as an error annotation, or clears it ({@code null}). */
    public void showError(ModelLoadException problem) {
        if (problem == null) {
            showError(null, 0, 0);
        } else {
            showError(problem.getMessage(), problem.line(), problem.column());
        }
    }

    /** Shows an error message as an annotation at a 1-based line and column (0: unknown), or clears it ({@code null}). */
    public void showError(String message, int line, int column) {
        if (error != null) {
            annotations.removeAnnotation(error);
            error = null;
        }
        if (message == null) {
            return;
        }
        error = new Annotation(ERROR_TYPE, false, message);
        annotations.addAnnotation(error, position(line, column));
    }

    /** The error shown, or {@code null}. */
    public String errorText() {
        return error == null ? null : error.getText();
    }

    private Position position(int line, int column) {
        try {
            if (line <= 0 || document.getNumberOfLines() == 0) {
                return new Position(0, Math.min(1, document.getLength()));
            }
            int lineIndex = Math.min(line, document.getNumberOfLines()) - 1;
            int lineOffset = document.getLineOffset(lineIndex);
            int lineLength = document.getLineLength(lineIndex);
            int offset = lineOffset + Math.clamp(column - 1, 0, Math.max(0, lineLength - 1));
            int end = offset;
            while (end < lineOffset + lineLength && !Character.isWhitespace(document.getChar(end))
                    && ",]}".indexOf(document.getChar(end)) < 0) {
                end++;
            }
            return new Position(offset, Math.max(1, end - offset));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }

    /** Selects and reveals a line (1-based). */
    public void revealLine(int line) {
        try {
            int offset = document.getLineOffset(Math.clamp(line - 1, 0, Math.max(0, document.getNumberOfLines() - 1)));
            viewer.setSelectedRange(offset, 0);
            viewer.revealRange(offset, 0);
        } catch (BadLocationException e) {
            // the line is gone
        }
    }

    /** Runs a text operation (cut, copy, paste, select all) when the viewer allows it. */
    public void doOperation(int operation) {
        if (viewer.canDoOperation(operation)) {
            viewer.doOperation(operation);
        }
    }

    public boolean canDoOperation(int operation) {
        return viewer.canDoOperation(operation);
    }

    public SourceViewer viewer() {
        return viewer;
    }

    /** The operations the editor's global actions map to. */
    public static int[] operations() {
        return new int[] {ITextOperationTarget.CUT, ITextOperationTarget.COPY, ITextOperationTarget.PASTE,
            ITextOperationTarget.SELECT_ALL};
    }

    @Override
    public boolean setFocus() {
        return viewer.getTextWidget().setFocus();
    }
}
