// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

/**
 * Where a JSON value came from: the file, its 1-based line and column (0 when unknown, e.g. for
 * values built in code) and its JSON path such as {@code $.layers[3].filters}.
 */
public record JsonOrigin(String fileName, int line, int column, String path) {

    /** The origin of a root value built in code: no file, no position, path {@code $}. */
    public static final JsonOrigin ROOT = new JsonOrigin(null, 0, 0, "$");

    public JsonOrigin {
        path = path == null ? "$" : path;
    }

    /** The origin of the member {@code key} of an object at this origin, at this position. */
    public JsonOrigin child(String key) {
        return new JsonOrigin(fileName, line, column, path + pathSegment(key));
    }

    /** The origin of element {@code index} of an array at this origin, at this position. */
    public JsonOrigin child(int index) {
        return new JsonOrigin(fileName, line, column, path + "[" + index + "]");
    }

    /** The same origin at another position. */
    public JsonOrigin at(int newLine, int newColumn) {
        return new JsonOrigin(fileName, newLine, newColumn, path);
    }

    /** {@code file:line:column} as far as known, or an empty string. */
    public String location() {
        if (fileName == null) {
            return line > 0 ? line + ":" + column : "";
        }
        return line > 0 ? fileName + ":" + line + ":" + column : fileName;
    }

    static String pathSegment(String key) {
        if (!key.isEmpty() && isIdentifierStart(key.charAt(0)) && key.chars().allMatch(JsonOrigin::isIdentifierPart)) {
            return "." + key;
        }
        return "[" + JsonWriter.quote(key).replace("'", "\\'").replace('"', '\'') + "]";
    }

    private static boolean isIdentifierStart(int c) {
        return c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierPart(int c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }
}
