package dev.blog.adapter.in.common.json;

import io.micronaut.serde.exceptions.SerdeException;

/** A body field holds a JSON value of the wrong type; carries the field's name for the 400 it becomes. */
public final class WrongJsonTypeException extends SerdeException {

    private final String field;
    private final String expected;

    WrongJsonTypeException(String field, String expected) {
        super("field " + field + " " + expected);
        this.field = field;
        this.expected = expected;
    }

    public String field() {
        return field;
    }

    /** What the field must be, phrased for a client: "must be a string". */
    public String expected() {
        return expected;
    }
}
