package dev.blog.application.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a JSON merge patch (RFC 7396) for a field that may be cleared: either left unchanged, or
 * set to a value, or set to nothing ({@code null} on the wire).
 */
public final class Patch<T> {

    private static final Patch<?> UNCHANGED = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> unchanged() {
        return (Patch<T>) UNCHANGED;
    }

    /** A change to {@code valueOrNull}; {@code null} clears the field. */
    public static <T> Patch<T> to(T valueOrNull) {
        return new Patch<>(true, valueOrNull);
    }

    public boolean isPresent() {
        return present;
    }

    /** Converts the new value, if there is one; a clear stays a clear. */
    public <R> Patch<R> map(Function<? super T, ? extends R> mapper) {
        if (!present) {
            return unchanged();
        }
        return to(value == null ? null : mapper.apply(value));
    }

    /** The new value, empty for a clear. Only meaningful when {@link #isPresent()}. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> that && present == that.present && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[unchanged]";
    }
}
