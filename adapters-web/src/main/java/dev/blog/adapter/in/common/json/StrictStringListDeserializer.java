package dev.blog.adapter.in.common.json;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Accepts only a JSON array of strings for a list of strings. Micronaut Serde reads such lists with a
 * built-in deserializer of its own, which bypasses {@link StrictStringDeserializer}: it turns {@code [1]}
 * into {@code ["1"]}, and a non-array fails without naming the field. A {@code null} element is let
 * through, so that the domain can reject it with its own message.
 */
@Singleton
final class StrictStringListDeserializer implements Deserializer<List<String>> {

    private static final String EXPECTED = "must be an array of strings";

    @Override
    public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
            throws IOException {
        if (!(decoder.decodeArbitrary() instanceof List<?> values)) {
            throw new WrongJsonTypeException(type.getName(), EXPECTED);
        }
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value != null && !(value instanceof String)) {
                throw new WrongJsonTypeException(type.getName(), EXPECTED);
            }
            strings.add((String) value);
        }
        return strings;
    }

    @Override
    public List<String> deserializeNullable(Decoder decoder, DecoderContext context,
                                            Argument<? super List<String>> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
