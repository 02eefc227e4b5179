package dev.blog.adapter.out.persistence;

import dev.blog.domain.shared.ConflictException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a violated unique constraint into the domain's {@link ConflictException} naming the field. The
 * database decides, so two concurrent requests for the same name cannot both succeed, as they could with
 * a read before the write.
 */
public final class UniqueViolations {

    private final Map<String, String> fieldByConstraint;

    /** @param fieldByConstraint which field each unique constraint (or unique index) protects */
    public UniqueViolations(Map<String, String> fieldByConstraint) {
        this.fieldByConstraint = Map.copyOf(fieldByConstraint);
    }

    public <T> T translate(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            throw violatedConstraint(e)
                    .filter(fieldByConstraint::containsKey)
                    .<RuntimeException>map(constraint -> conflict(fieldByConstraint.get(constraint)))
                    .orElse(e);
        }
    }

    private static ConflictException conflict(String field) {
        return new ConflictException(field, field + " is already taken");
    }

    private static Optional<String> violatedConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql
                    && PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }
}
