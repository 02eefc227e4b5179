package dev.blog.domain.comment;

public record CommentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
