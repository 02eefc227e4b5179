package dev.blog.adapter.in.realworld;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The RealWorld API's timestamps: ISO-8601 in UTC with milliseconds always, as the public collection's pattern
 * requires (ISO_INSTANT would drop a zero fraction). The blog API formats its own: the two surfaces share no
 * code but {@code dev.blog.adapter.in.common}, and this is one line.
 */
public final class ConduitTimes {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private ConduitTimes() {
    }

    public static String format(Instant instant) {
        return TIMESTAMP.format(instant);
    }
}
