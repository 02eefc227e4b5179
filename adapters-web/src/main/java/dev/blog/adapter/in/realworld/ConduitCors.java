package dev.blog.adapter.in.realworld;

/**
 * CORS of the RealWorld API (docs/realworld/cors.md): RealWorld front ends run on origins of their own, so
 * preflights from any http(s) origin are answered, allowing the headers a front end sends. No credentials
 * (cookies) are involved: the token travels in the Authorization header, so a page on another origin can
 * only use a token it was given. Every RealWorld controller carries
 * {@code @CrossOrigin(allowedOriginsRegex = ANY_ORIGIN, allowedHeaders = HEADERS, allowCredentials = false,
 * maxAge = MAX_AGE)}; the blog API keeps its own list of origins (BLOG_CORS_ALLOWED_ORIGINS).
 */
public final class ConduitCors {

    public static final String ANY_ORIGIN = "^https?://.+$";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String AUTHORIZATION = "Authorization";
    public static final String REQUESTED_WITH = "X-Requested-With";
    public static final long MAX_AGE = 3600;

    private ConduitCors() {
    }
}
