package dev.blog.domain.shared;

/** Checks shared by the text-valued value objects, so each states its rule in one line. */
public final class Text {

    private Text() {
    }

    public static String require(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
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
