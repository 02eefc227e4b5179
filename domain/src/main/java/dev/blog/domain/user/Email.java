package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.Text;

import java.util.regex.Pattern;

/**
 * An e-mail address: one local part, one {@code @}, a dotted domain, no white space or control
 * characters. Deliverability is not the domain's business; plausibility is.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern SHAPE = Pattern.compile(
            "^[^@\\s\\p{Cntrl}]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        Text.requireLength("email", value, 1, MAX_LENGTH);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
