package dev.blog.domain.post;

/**
 * What a list shows of a post without a summary: the first {@value #MAX_LENGTH} characters of its content,
 * cut at a word boundary so that no word is shown half.
 */
public final class Excerpt {

    public static final int MAX_LENGTH = 200;
    /** A store needs to hand over no more of the content than this to make the excerpt. */
    public static final int CONTENT_NEEDED = MAX_LENGTH + 1;

    private Excerpt() {
    }

    /**
     * @param contentStart the content, or at least its first {@link #CONTENT_NEEDED} characters (code points)
     */
    public static String of(String contentStart) {
        int length = contentStart.codePointCount(0, contentStart.length());
        if (length <= MAX_LENGTH) {
            return contentStart.strip();
        }
        int end = contentStart.offsetByCodePoints(0, MAX_LENGTH);
        if (Character.isWhitespace(contentStart.codePointAt(end))) {
            return contentStart.substring(0, end).strip();
        }
        int lastSpace = end;
        while (lastSpace > 0 && !Character.isWhitespace(contentStart.codePointBefore(lastSpace))) {
            lastSpace -= Character.charCount(contentStart.codePointBefore(lastSpace));
        }
        // One word longer than the excerpt: cut it, rather than show nothing.
        String cut = lastSpace == 0 ? contentStart.substring(0, end) : contentStart.substring(0, lastSpace);
        return cut.strip().isEmpty() ? contentStart.substring(0, end).strip() : cut.strip();
    }
}
