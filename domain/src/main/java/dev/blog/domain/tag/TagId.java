package dev.blog.domain.tag;

public record TagId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
