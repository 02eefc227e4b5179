package dev.blog.adapter.out.persistence.user;

import io.micronaut.data.annotation.Version;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code users}, as stored. */
@MappedEntity("users")
record UserRow(@Id @GeneratedValue @Nullable Long id,
               String username,
               String email,
               String passwordHash,
               @Nullable String fullName,
               @Nullable String bio,
               @Nullable String imageUrl,
               boolean active,
               String role,
               long tokenEpoch,
               Instant createdAt,
               Instant updatedAt,
               // Micronaut Data checks and counts it up on every update: a lost update fails instead.
               @Version long version) {
}
