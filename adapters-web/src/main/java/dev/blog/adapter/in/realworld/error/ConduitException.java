package dev.blog.adapter.in.realworld.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal the RealWorld adapter makes itself, before any use case: a required field missing or blank, a
 * query parameter that is no number. Answered as it says by {@link ConduitErrors}.
 */
public final class ConduitException extends RuntimeException {

    public static final String BLANK = "can't be blank";

    private final int status;
    private final Map<String, List<String>> errors;

    public ConduitException(int status, Map<String, List<String>> errors) {
        super(status + " " + errors, null, false, false);
        this.status = status;
        this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ConduitException invalid(String field, String message) {
        return new ConduitException(422, Map.of(field, List.of(message)));
    }

    /** 422 naming every field that is missing, in the order given. */
    public static ConduitException blank(List<String> fields) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        fields.forEach(field -> errors.put(field, List.of(BLANK)));
        return new ConduitException(422, errors);
    }

    /**
     * Refuses with 422 when any of the fields is missing, {@code null} or blank, naming each such field.
     *
     * @param namesAndValues a field's name, then its value, for each field
     */
    public static void requireNotBlank(String... namesAndValues) {
        List<String> blank = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value == null || value.isBlank()) {
                blank.add(namesAndValues[i]);
            }
        }
        if (!blank.isEmpty()) {
            throw blank(blank);
        }
    }

    public static ConduitException notFound(String resource) {
        return new ConduitException(404, Map.of(resource, List.of(ConduitErrors.NOT_FOUND)));
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> errors() {
        return errors;
    }
}
