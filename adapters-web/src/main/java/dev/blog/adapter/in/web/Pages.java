package dev.blog.adapter.in.web;

/** What every paged list says about its parameters and its page fields, in one place. */
public final class Pages {

    public static final String OFFSET_DESCRIPTION = """
            How many items of the list come before this page; null on a page reached by cursor""";
    public static final String TOTAL_DESCRIPTION = """
            How many items the whole list has, counted up to 10000: beyond that 10000, with totalExact false""";
    public static final String TOTAL_EXACT_DESCRIPTION = "Whether total is the exact count (false beyond 10000)";
    public static final String NEXT_CURSOR_DESCRIPTION = """
            Pass as `cursor` (with the same filter parameters) to get the next page; null on the last page. \
            A cursor page costs the same at any depth, where deep offsets do not.""";
    public static final String CURSOR_EXAMPLE = "dDoxNzk1NjA2NTMwOjEyMzAwMDAwMDo0Mg.3q2-7wAAAAAAAAAAAAAAAA";

    public static final String OFFSET_PARAMETER = """
            How many items to skip, 0 to 10000 (default 0). To read further, follow each page's `nextCursor` \
            with `cursor` instead. Not together with `cursor`.""";
    public static final String LIMIT_PARAMETER = "The most items to return, 1 to 100 (default 20)";
    public static final String CURSOR_PARAMETER = """
            The `nextCursor` of the previous page of this same list, sent with the same filter parameters; \
            a cursor of another list or of other filter values is a 400. Not together with `offset`.""";
    public static final String OFFSET_MESSAGE = """
            must be between 0 and 10000; to read further, follow each page's nextCursor with the cursor parameter""";

    private Pages() {
    }
}
