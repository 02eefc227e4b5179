package dev.blog.adapter.in.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Accepts only JSON strings for a string. Micronaut Serde would otherwise turn {@code 123} or
 * {@code true} into text; a wrong type is the client's mistake and deserves a 400.
 */
@Singleton
final class StrictStringDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof String string) {
            return string;
        }
        throw new WrongJsonTypeException(type.getName(), "must be a string");
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
