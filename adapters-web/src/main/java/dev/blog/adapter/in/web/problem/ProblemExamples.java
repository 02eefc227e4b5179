package dev.blog.adapter.in.web.problem;

/**
 * The problems the API answers, as Swagger UI shows them: bodies the handlers in this package actually
 * produce (their titles, statuses and details), so that a client reads the real shape, not "string" and 0.
 */
public final class ProblemExamples {

    public static final String INVALID = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, \
            "detail": "Invalid value for 'title': must not be blank", \
            "errors": [{"field": "title", "message": "must not be blank"}]}""";
    public static final String NEEDS_TOKEN = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401, \
            "detail": "This operation needs a valid access token: log in with POST /api/auth/login and send it \
            as 'Authorization: Bearer <token>'"}""";
    public static final String WRONG_LOGIN = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401, \
            "detail": "The login or the password is wrong, or the account is deactivated"}""";
    public static final String NOT_OWNER = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, \
            "detail": "Only its owner or an admin may change this post"}""";
    public static final String NOT_THE_USER = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, \
            "detail": "Only its owner or an admin may change this user"}""";
    public static final String NOT_ADMIN = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, \
            "detail": "Only an admin may list users by their active flag"}""";
    public static final String NO_SUCH_POST = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Post 42 does not exist"}""";
    public static final String NOT_COMMENT_OWNER = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, \
            "detail": "Only its owner or an admin may change this comment"}""";
    public static final String NOT_COMMENT_MODERATOR = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, \
            "detail": "Only the comment's author, the post's author or an admin may delete this comment"}""";
    public static final String NO_SUCH_COMMENT = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Comment 314 does not exist"}""";
    public static final String NO_SUCH_SLUG = """
            {"type": "about:blank", "title": "Not Found", "status": 404, \
            "detail": "Post hello-micronaut does not exist"}""";
    public static final String NO_SUCH_USER = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "User 7 does not exist"}""";
    public static final String NO_SUCH_TAG = """
            {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "Tag 12 does not exist"}""";
    public static final String TAKEN = """
            {"type": "about:blank", "title": "Conflict", "status": 409, \
            "detail": "username is already taken", \
            "errors": [{"field": "username", "message": "username is already taken"}]}""";
    public static final String STALE_VERSION = """
            {"type": "about:blank", "title": "Precondition Failed", "status": 412, \
            "detail": "It has changed since the version the request names; the current version is 4"}""";
    public static final String NOT_JSON = """
            {"type": "about:blank", "title": "Unsupported Media Type", "status": 415, \
            "detail": "Content type text/plain is not supported here; send application/json"}""";
    public static final String THROTTLED = """
            {"type": "about:blank", "title": "Too Many Requests", "status": 429, \
            "detail": "Too many failed logins for this account; try again later (in 60 s)"}""";
    public static final String UNAVAILABLE = """
            {"type": "about:blank", "title": "Service Unavailable", "status": 503, \
            "detail": "The database is unavailable; nothing was changed. Try again shortly."}""";

    private ProblemExamples() {
    }
}
