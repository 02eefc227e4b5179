package dev.blog.adapter.in.common.json;

import jakarta.inject.Singleton;

@Singleton
final class StrictStringDeserializer extends StrictDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class, "must be a string");
    }
}
