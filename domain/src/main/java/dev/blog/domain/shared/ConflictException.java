package dev.blog.domain.shared;

/** A uniqueness rule stopped the change; {@link #field()} names the value that is already taken. */
public final class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
