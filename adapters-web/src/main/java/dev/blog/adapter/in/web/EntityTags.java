package dev.blog.adapter.in.web;

import dev.blog.domain.shared.InvalidValueException;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions as strong entity tags ({@code "3"}) and the one way to read an {@code If-Match} header. A weak
 * tag ({@code W/"3"}) never matches, since If-Match compares strongly; {@code *} matches whatever exists.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";
    public static final String DESCRIPTION = """
            The ETag of the version this change was made on: if the resource has changed since, nothing \
            happens and the answer is 412 with the current ETag. Without it the change applies to whatever \
            is current.""";
    /** What a weak tag stands for: no version, so it matches none. */
    private static final long NO_VERSION = -1;
    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");
    private static final Pattern WEAK = Pattern.compile("W/\"[^\"]*\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; empty when there is none or it is {@code *}. */
    public static Optional<Long> ifMatch(String header) {
        if (header == null || header.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = header.strip();
        Matcher strong = STRONG.matcher(tag);
        if (strong.matches()) {
            return Optional.of(Long.parseLong(strong.group(1)));
        }
        if (WEAK.matcher(tag).matches()) {
            return Optional.of(NO_VERSION);
        }
        throw new InvalidValueException(IF_MATCH, "must be one entity tag as an ETag gives it, such as \"3\", or *");
    }
}
