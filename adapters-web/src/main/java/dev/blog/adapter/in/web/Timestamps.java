package dev.blog.adapter.in.web;

/** The contract's timestamp format: ISO-8601 in UTC with milliseconds, e.g. 2026-11-20T10:15:30.123Z. */
public final class Timestamps {

    public static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String ZONE = "UTC";

    private Timestamps() {
    }
}
