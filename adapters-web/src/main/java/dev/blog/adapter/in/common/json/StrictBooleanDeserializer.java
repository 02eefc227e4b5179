package dev.blog.adapter.in.common.json;

import jakarta.inject.Singleton;

@Singleton
final class StrictBooleanDeserializer extends StrictDeserializer<Boolean> {

    StrictBooleanDeserializer() {
        super(Boolean.class, "must be true or false");
    }
}
