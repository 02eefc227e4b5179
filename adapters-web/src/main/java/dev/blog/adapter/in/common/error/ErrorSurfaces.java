package dev.blog.adapter.in.common.error;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** The surface, other than the blog API, that a request belongs to; empty for the blog API's own. */
@Singleton
public final class ErrorSurfaces {

    private final List<SurfaceErrors> surfaces;

    ErrorSurfaces(List<SurfaceErrors> surfaces) {
        this.surfaces = List.copyOf(surfaces);
    }

    public Optional<SurfaceErrors> of(HttpRequest<?> request) {
        for (SurfaceErrors surface : surfaces) {
            if (surface.serves(request)) {
                return Optional.of(surface);
            }
        }
        return Optional.empty();
    }
}
