package dev.blog.adapter.in.web;

import dev.blog.adapter.in.web.access.BearerAuthentication;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The title and version of the generated OpenAPI document, served at /swagger/blog-1.0.yml. */
@OpenAPIDefinition(
        info = @Info(
                title = "blog",
                version = "1.0",
                description = """
                        A blog: users write posts, posts carry tags. JSON in and out; errors are \
                        application/problem+json (RFC 9457) with `errors[]` naming invalid fields. Lists take \
                        `offset` (>= 0, default 0) and `limit` (1..100, default 20) and are newest first. \
                        Operations marked with a lock need `Authorization: Bearer <token>`, the `accessToken` of \
                        POST /api/auth/login: use "Authorize" to try them here."""),
        tags = {
                @Tag(name = "auth", description = "Logging in and out: bearer tokens"),
                @Tag(name = "users", description = "Registration and profiles"),
                @Tag(name = "posts", description = "Posts with their author and tags"),
                @Tag(name = "tags", description = "Tags and the posts carrying them")
        })
@SecurityScheme(name = BearerAuthentication.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "The `accessToken` of POST /api/auth/login")
final class BlogApi {

    private BlogApi() {
    }
}
