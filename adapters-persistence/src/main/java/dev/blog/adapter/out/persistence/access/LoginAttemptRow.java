package dev.blog.adapter.out.persistence.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code login_attempts}. */
@MappedEntity("login_attempts")
record LoginAttemptRow(@Id @GeneratedValue @Nullable Long id, String accountKey, Instant attemptedAt) {
}
