package dev.blog.adapter.in.common.access;

import dev.blog.domain.access.Actor;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a controller method take the caller as an {@link Actor} parameter: the user of a valid token, else
 * anonymous. Operations that need a token say so with {@code @Secured}, so an anonymous caller never
 * reaches them.
 */
@Singleton
final class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    private static final Argument<Actor> TYPE = Argument.of(Actor.class);

    @Override
    public Argument<Actor> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Actor actor = request.getUserPrincipal(Authentication.class).map(Callers::toActor).orElse(Actor.anonymous());
        return () -> Optional.of(actor);
    }
}
