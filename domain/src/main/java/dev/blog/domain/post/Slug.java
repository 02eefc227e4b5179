package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The name of a post in a URL: lower-case ASCII letters and digits in words joined by single hyphens, no
 * leading or trailing hyphen, at most 100 characters. Made from the title: accents folded (é to e, ß to
 * ss), every other character dropped as a word break, {@code post} when nothing is left. Unique among
 * posts: a clash gets a numeric suffix ({@code hello-2}); the store decides which, at the moment it stores.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 100;
    private static final String WHEN_NOTHING_IS_LEFT = "post";
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");
    /** Letters that carry no combining mark to strip, so decomposition alone would drop them. */
    private static final Map<String, String> LIGATURES_AND_STROKES = Map.ofEntries(
            Map.entry("ß", "ss"), Map.entry("æ", "ae"), Map.entry("œ", "oe"), Map.entry("ø", "o"),
            Map.entry("ł", "l"), Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"),
            Map.entry("ı", "i"));

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !WELL_FORMED.matcher(value).matches()) {
            throw new InvalidValueException("slug", "must be lower-case letters and digits in words joined by"
                    + " single hyphens, at most " + MAX_LENGTH + " characters");
        }
    }

    public static Slug fromTitle(Title title) {
        return fromText(title.value());
    }

    /** The slug of any text; a slug's own value gives the slug back. */
    static Slug fromText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("");
        for (Map.Entry<String, String> letter : LIGATURES_AND_STROKES.entrySet()) {
            folded = folded.replace(letter.getKey(), letter.getValue());
        }
        String words = trimHyphens(NOT_LETTERS_OR_DIGITS.matcher(folded).replaceAll("-"));
        if (words.length() > MAX_LENGTH) {
            words = trimHyphens(words.substring(0, MAX_LENGTH));
        }
        return new Slug(words.isEmpty() ? WHEN_NOTHING_IS_LEFT : words);
    }

    /** This slug with the numeric suffix of the {@code n}th post that wants it, shortened to make room. */
    public Slug withSuffix(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("suffixes start at 2: " + n);
        }
        String suffix = "-" + n;
        String base = value.length() + suffix.length() <= MAX_LENGTH ? value
                : trimHyphens(value.substring(0, MAX_LENGTH - suffix.length()));
        return new Slug(base + suffix);
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
