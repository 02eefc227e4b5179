package dev.blog.application.user.port.in;

import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserFilter;

import java.util.Objects;

public record ListUsersQuery(UserFilter filter, PageRequest page) {

    public ListUsersQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
