// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.model;

import java.util.List;
import java.util.Optional;

/**
 * What a model editor's source text and its model agree on, and what the file held when last loaded or saved: the
 * state behind the dirty flag, the source-error banner, saving, and the check for changes on disk. It holds no UI:
 * the editor asks it, then updates its widgets.
 */
public final class SourceModelSync {

    /** What typed source text did: it reads as {@code parsed} (which may equal the model shown), or fails. */
    public record SourceEdit(Model parsed, ModelLoadException error) {
    }

    /** The model as last loaded or saved, or {@code null} when the file did not load. */
    private Model savedModel;
    /** The file's text as last loaded or saved: what a change on disk is compared with. */
    private String savedText;
    /** The source text while it does not read as a model, else {@code null}. */
    private String brokenText;
    private ModelLoadException sourceError;
    /** Whether the source text is behind the model. */
    private boolean sourceStale;

    /** Takes the file's text as loaded; returns the model to show (an empty one when the text does not read). */
    public Model load(String text, String fileName) {
        savedText = text;
        Model model;
        try {
            model = LaminaFormat.read(text, fileName);
            sourceReads();
        } catch (ModelLoadException e) {
            model = new Model(Model.DEFAULT_NAME, List.of());
            sourceBroken(text, e);
        }
        savedModel = brokenText == null ? model : null;
        return model;
    }

    /** Whether the source text does not read as a model (the model shown is then the last one that did). */
    public boolean isBroken() {
        return brokenText != null;
    }

    /** The error of the source text, or {@code null} when it reads as a model. */
    public ModelLoadException sourceError() {
        return sourceError;
    }

    /** The text the source starts with. */
    public String initialSource(Model model) {
        return brokenText != null ? brokenText : LaminaFormat.write(model);
    }

    /** The model changed other than by typing: any source error is gone, and the source text is behind. */
    public void modelEdited() {
        sourceReads();
        sourceStale = true;
    }

    /**
     * The text that brings the source up to date with {@code model}, or empty when it need not change (it is not
     * behind, or it holds broken text the user is fixing); either way the source counts as current afterwards.
     */
    public Optional<String> refreshedSource(Model model) {
        Optional<String> text = sourceStale && brokenText == null ? Optional.of(LaminaFormat.write(model))
                : Optional.empty();
        sourceStale = false;
        return text;
    }

    /**
     * Typed source text: empty when it changes nothing (the source is behind the model, or the text is what the
     * model writes), else what it reads as; a text that does not read leaves the source broken.
     */
    public Optional<SourceEdit> sourceEdited(String text, Model model, String fileName) {
        if (sourceStale || brokenText == null && text.equals(LaminaFormat.write(model))) {
            return Optional.empty();
        }
        try {
            Model parsed = LaminaFormat.read(text, fileName);
            sourceReads();
            return Optional.of(new SourceEdit(parsed, null));
        } catch (ModelLoadException e) {
            sourceBroken(text, e);
            return Optional.of(new SourceEdit(null, e));
        }
    }

    /** The source text reads as a model. */
    public void sourceReads() {
        brokenText = null;
        sourceError = null;
    }

    /** The source text is {@code text}, which does not read as a model. */
    public void sourceBroken(String text, ModelLoadException error) {
        brokenText = text;
        sourceError = error;
    }

    /** Whether a save would change the file: the broken text, or the model, differs from what was loaded or saved. */
    public boolean isDirty(Model model) {
        if (brokenText != null) {
            return !brokenText.equals(savedText);
        }
        return !model.equals(savedModel);
    }

    /** What a save writes: the broken source text as typed, else the model. */
    public String textToSave(Model model) {
        return brokenText != null ? brokenText : LaminaFormat.write(model);
    }

    /** {@code text} (from {@link #textToSave}) is on disk now, for {@code model}. */
    public void saved(String text, Model model) {
        savedText = text;
        savedModel = brokenText == null ? model : savedModel;
    }

    /** Whether the file's text on disk is what was last loaded or saved. */
    public boolean matchesSaved(String diskText) {
        return diskText.equals(savedText);
    }

    /**
     * The file on disk now holds {@code text}: it is what counts as saved from here on, whether or not the editor
     * takes it. Returns what it reads as.
     */
    public SourceEdit diskChanged(String text, String fileName) {
        savedText = text;
        try {
            savedModel = LaminaFormat.read(text, fileName);
            return new SourceEdit(savedModel, null);
        } catch (ModelLoadException e) {
            savedModel = null;
            return new SourceEdit(null, e);
        }
    }

    /** The model as last loaded or saved, or {@code null} when that text did not read. */
    public Model savedModel() {
        return savedModel;
    }

    /** The file's text as last loaded or saved, or {@code null} before the first load. */
    public String savedText() {
        return savedText;
    }
}
