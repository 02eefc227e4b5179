package dev.blog.domain.user;

/** What a user may do beyond their own things: every user is a {@code USER}; an {@code ADMIN} may do what any owner may. */
public enum Role {
    USER,
    ADMIN
}
