package dev.blog.domain.tag;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.Text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The name of a tag in its one normal form: trimmed, lower-cased, 1..50 characters, no control or
 * format characters. A single form is what makes {@code " Java "} and {@code "java"} the same tag; the
 * store's unique index on the name keeps it one tag.
 */
public record TagName(String value) implements Comparable<TagName> {

    public static final int MAX_LENGTH = 50;
    private static final String FIELD = "name";

    /** Accepts only names already in normal form; client input goes through {@link #of(String)}. */
    public TagName {
        Text.requireLength(FIELD, value, 1, MAX_LENGTH);
        if (value.codePoints().anyMatch(TagName::isControlOrFormat)) {
            throw new InvalidValueException(FIELD, "must not contain control characters");
        }
        if (!value.equals(normalise(value))) {
            throw new InvalidValueException(FIELD, "must be trimmed and lower-case");
        }
    }

    /** The tag name a client means by {@code raw}. */
    public static TagName of(String raw) {
        return new TagName(normalise(Text.require(FIELD, raw)));
    }

    // Locale.ROOT: under a Turkish default locale "JAVA" would become "java" with a dotless i.
    private static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    // Invisible characters would let two names that look the same be different tags.
    private static boolean isControlOrFormat(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** By code point, the order PostgreSQL's "C" collation gives, so memory and database sort alike. */
    @Override
    public int compareTo(TagName other) {
        return Arrays.compare(value.codePoints().toArray(), other.value.codePoints().toArray());
    }

    @Override
    public String toString() {
        return value;
    }
}
