package dev.blog.adapter.in.web.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Accepts only JSON {@code true} and {@code false} for a boolean. Micronaut Serde would otherwise read
 * {@code "yes"} as {@code false}, silently turning a client's mistake into data.
 */
@Singleton
final class StrictBooleanDeserializer implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw new WrongJsonTypeException(type.getName(), "must be true or false");
    }

    @Override
    public Boolean deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super Boolean> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
