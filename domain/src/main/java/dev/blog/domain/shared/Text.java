package dev.blog.domain.shared;

/**
 * Checks shared by the text-valued value objects, so each states its rule in one line. Every check starts
 * with {@link #require}, which admits only text that can be stored and given back exactly as accepted.
 */
public final class Text {

    private Text() {
    }

    /**
     * Not null, and a sequence of Unicode scalar values without U+0000. PostgreSQL cannot store U+0000 in
     * text at all, and an unpaired surrogate is not a character: encoded to UTF-8 it turns into {@code ?},
     * so the store would keep something else than what the client was told it accepted.
     */
    public static String require(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        for (int i = 0; i < value.length(); i++) {
            char unit = value.charAt(i);
            if (unit == '\u0000') {
                throw new InvalidValueException(field, "must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(unit) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(unit)) {
                throw new InvalidValueException(field,
                        "must be valid Unicode (it contains an unpaired surrogate at position " + i + ")");
            }
        }
        return value;
    }

    public static String requireLength(String field, String value, int min, int max) {
        require(field, value);
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new InvalidValueException(field, min == 0
                    ? "must be at most " + max + " characters"
                    : "must be between " + min + " and " + max + " characters");
        }
        return value;
    }

    public static String requireNotBlank(String field, String value) {
        if (require(field, value).isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return value;
    }
}
