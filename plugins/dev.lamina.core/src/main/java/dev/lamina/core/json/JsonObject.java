// SPDX-License-Identifier: EPL-2.0
package dev.lamina.core.json;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object. Members keep their insertion order, which is the order {@link Json#write} uses.
 * The typed getters ({@link #getInt(String)} and friends) throw a {@link JsonException} naming the
 * member's path, e.g. {@code $.layers[3].filters: expected an integer, got "3"}.
 */
public final class JsonObject extends JsonValue {

    private final Map<String, JsonValue> members;

    JsonObject(Map<String, JsonValue> members, JsonOrigin origin) {
        super(origin);
        this.members = Collections.unmodifiableMap(members);
    }

    /** A builder for an object whose members keep the order they are put in. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JsonObject asObject() {
        return this;
    }

    /** The members in order, unmodifiable. */
    public Map<String, JsonValue> members() {
        return members;
    }

    /** The keys in order. */
    public Set<String> keys() {
        return members.keySet();
    }

    public int size() {
        return members.size();
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    /** The member, or {@code null} if absent. */
    public JsonValue get(String key) {
        return members.get(key);
    }

    /** Whether the member is absent or JSON {@code null}. */
    public boolean isAbsentOrNull(String key) {
        JsonValue value = members.get(key);
        return value == null || value.isNull();
    }

    /** The member, or a {@link JsonException} saying it is missing. */
    public JsonValue require(String key) {
        JsonValue value = members.get(key);
        if (value == null) {
            throw new JsonException(originOf(key), "missing");
        }
        return value;
    }

    /**
     * The origin of a member: its own if present, else this object's position with the member's
     * path, so messages about missing members still point somewhere useful.
     */
    public JsonOrigin originOf(String key) {
        JsonValue value = members.get(key);
        return value != null ? value.origin() : origin().child(key);
    }

    public String getString(String key) {
        return require(key).asString();
    }

    public String getString(String key, String fallback) {
        return has(key) ? getString(key) : fallback;
    }

    public int getInt(String key) {
        return require(key).asInt();
    }

    public int getInt(String key, int fallback) {
        return has(key) ? getInt(key) : fallback;
    }

    public long getLong(String key) {
        return require(key).asLong();
    }

    public double getDouble(String key) {
        return require(key).asDouble();
    }

    public double getDouble(String key, double fallback) {
        return has(key) ? getDouble(key) : fallback;
    }

    public boolean getBoolean(String key) {
        return require(key).asBoolean();
    }

    public boolean getBoolean(String key, boolean fallback) {
        return has(key) ? getBoolean(key) : fallback;
    }

    public JsonObject getObject(String key) {
        return require(key).asObject();
    }

    public JsonArray getArray(String key) {
        return require(key).asArray();
    }

    /** Throws a {@link JsonException} at the first member whose key is not among {@code known}. */
    public void rejectUnknownKeys(Collection<String> known) {
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            if (!known.contains(member.getKey())) {
                throw new JsonException(member.getValue().origin(),
                        "unknown key; expected one of " + String.join(", ", known));
            }
        }
    }

    @Override
    public String describe() {
        return members.isEmpty() ? "{}" : "an object";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject o && o.members.equals(members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** Builds a {@link JsonObject}; putting a key twice is an error. */
    public static final class Builder {

        private final Map<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String key, JsonValue value) {
            if (members.putIfAbsent(key, value == null ? JsonNull.NULL : value) != null) {
                throw new IllegalArgumentException("duplicate key " + JsonWriter.quote(key));
            }
            return this;
        }

        public Builder put(String key, String value) {
            return put(key, value == null ? JsonNull.NULL : JsonString.of(value));
        }

        public Builder put(String key, long value) {
            return put(key, JsonNumber.of(value));
        }

        public Builder put(String key, double value) {
            return put(key, JsonNumber.of(value));
        }

        public Builder put(String key, boolean value) {
            return put(key, JsonBoolean.of(value));
        }

        public Builder putNull(String key) {
            return put(key, JsonNull.NULL);
        }

        public JsonObject build() {
            return new JsonObject(new LinkedHashMap<>(members), null);
        }
    }
}
