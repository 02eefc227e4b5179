package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A user's picture: an absolute http or https URL with a host, at most 2000 characters. */
public record ImageUrl(String value) {

    public static final int MAX_LENGTH = 2000;
    private static final String RULE = "must be an absolute http(s) URL";

    public ImageUrl {
        Text.requireLength("imageUrl", value, 1, MAX_LENGTH);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("imageUrl", RULE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidValueException("imageUrl", RULE);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
