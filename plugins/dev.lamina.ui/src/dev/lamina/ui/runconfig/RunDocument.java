// SPDX-License-Identifier: EPL-2.0
package dev.lamina.ui.runconfig;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ListenerList;

import dev.lamina.core.json.Json;
import dev.lamina.core.json.JsonException;
import dev.lamina.core.json.JsonObject;
import dev.lamina.core.json.JsonValue;
import dev.lamina.run.config.RunConfig;
import dev.lamina.run.config.RunConfigException;
import dev.lamina.run.config.RunFile;

/**
 * The text of a run file being edited, the one thing the form pages and the Source page both show. Every change
 * replaces the text; the form reads its values from the JSON tree of the text, and the text is checked by
 * {@link RunFile#read} — the parser {@code lamina train} uses — so the editor shows the CLI's messages. UI thread only.
 */
public final class RunDocument {

    /** Told after every change of the text. */
    @FunctionalInterface
    public interface Listener {
        /** @param origin who made the change (e.g. the Source page), or {@code null} */
        void textChanged(RunDocument document, Object origin);
    }

    private final Path file;
    private final String displayName;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private String text;
    private JsonObject tree;
    private RunConfigException problem;

    /**
     * @param file        the run file on disk: anchors relative paths
     * @param displayName how messages name the file, as {@code lamina train NAME} run in its folder would
     */
    public RunDocument(Path file, String displayName, String text) {
        this.file = file;
        this.displayName = displayName;
        set(text);
    }

    public String text() {
        return text;
    }

    public Path file() {
        return file;
    }

    /** The JSON object of the text, or empty when the text is not a JSON object. */
    public Optional<JsonObject> tree() {
        return Optional.ofNullable(tree);
    }

    /** What {@code lamina train} would say is wrong with the text, or empty when it reads as a run file. */
    public Optional<RunConfigException> problem() {
        return Optional.ofNullable(problem);
    }

    /** Replaces the text and tells the listeners, unless it is the same. */
    public void setText(String newText, Object origin) {
        if (newText.equals(text)) {
            return;
        }
        set(newText);
        for (Listener listener : listeners) {
            listener.textChanged(this, origin);
        }
    }

    private void set(String newText) {
        text = newText;
        try {
            JsonValue value = Json.parse(newText, null);
            tree = value instanceof JsonObject object ? object : null;
        } catch (JsonException e) {
            tree = null;
        }
        problem = check(newText);
    }

    private RunConfigException check(String source) {
        try {
            RunConfig ignored = RunFile.read(source, file);
            return null;
        } catch (RunConfigException e) {
            // The same message as the CLI's, naming the file as it would be named from its folder.
            return new RunConfigException(Path.of(displayName), e.line(), e.column(), e.path(), e.reason(), e);
        }
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
