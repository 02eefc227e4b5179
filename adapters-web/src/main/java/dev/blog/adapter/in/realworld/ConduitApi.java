package dev.blog.adapter.in.realworld;

/** Where the RealWorld API lives: every path under {@value #PATH}. */
public final class ConduitApi {

    public static final String PATH = "/conduit/api";
    private static final String ROOT = "/conduit";

    private ConduitApi() {
    }

    /** Whether a request path belongs to the RealWorld surface: anything under /conduit, routed or not. */
    public static boolean serves(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }
}
