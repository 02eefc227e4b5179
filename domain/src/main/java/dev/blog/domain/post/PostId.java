package dev.blog.domain.post;

public record PostId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
