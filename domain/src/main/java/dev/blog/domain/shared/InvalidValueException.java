package dev.blog.domain.shared;

/** A value that would break an invariant, attributed to the field a client sent it in. */
public final class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
