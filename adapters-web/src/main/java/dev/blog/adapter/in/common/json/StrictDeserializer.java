package dev.blog.adapter.in.common.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;

import java.io.IOException;

/**
 * Accepts a JSON value only when it already has the Java type, where Micronaut Serde would coerce
 * (123 to "123", "yes" to false): a wrong type is the client's mistake and deserves a 400 naming the
 * field, not a silent conversion.
 */
abstract class StrictDeserializer<T> implements Deserializer<T> {

    private final Class<T> type;
    private final String expected;

    StrictDeserializer(Class<T> type, String expected) {
        this.type = type;
        this.expected = expected;
    }

    @Override
    public T deserialize(Decoder decoder, DecoderContext context, Argument<? super T> argument) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw new WrongJsonTypeException(argument.getName(), expected);
    }

    @Override
    public T deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super T> argument)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, argument);
    }
}
