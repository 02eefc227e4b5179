package dev.blog.adapter.in.common.error;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Error handling per surface. Micronaut finds one {@link ExceptionHandler} bean per exception type, and one
 * {@link ErrorResponseProcessor}, whichever request failed; local {@code @Error} methods would cover only
 * what a controller's own routes throw, not a refusal by the security filter, an unknown path, a wrong method
 * or media type, a body too large. So every handler and the processor are wrapped as they are created: a
 * request that a {@link SurfaceErrors} claims is answered by it, and the wrapped (problem+json) handler is
 * not even called; every other request goes to the wrapped handler as before. Neither surface knows the
 * other: each only knows this package.
 */
@Factory
final class SurfaceErrorDispatch {

    private final BeanProvider<ErrorSurfaces> surfaces;

    SurfaceErrorDispatch(BeanProvider<ErrorSurfaces> surfaces) {
        this.surfaces = surfaces;
    }

    private Optional<SurfaceErrors> surfaceOf(HttpRequest<?> request) {
        return request == null ? Optional.empty() : surfaces.get().of(request);
    }

    @Singleton
    @SuppressWarnings({"rawtypes", "unchecked"})
    BeanCreatedEventListener<ExceptionHandler> exceptionHandlers() {
        return (BeanCreatedEvent<ExceptionHandler> event) -> {
            ExceptionHandler wrapped = event.getBean();
            return new ExceptionHandler<Throwable, Object>() {
                @Override
                public Object handle(HttpRequest request, Throwable exception) {
                    Optional<SurfaceErrors> surface = surfaceOf(request);
                    return surface.isPresent()
                            ? surface.get().exception(request, exception)
                            : wrapped.handle(request, exception);
                }
            };
        };
    }

    @Singleton
    @SuppressWarnings({"rawtypes", "unchecked"})
    BeanCreatedEventListener<ErrorResponseProcessor> errorResponseProcessors() {
        return (BeanCreatedEvent<ErrorResponseProcessor> event) -> {
            ErrorResponseProcessor wrapped = event.getBean();
            return new ErrorResponseProcessor<Object>() {
                @Override
                public MutableHttpResponse<Object> processResponse(ErrorContext context,
                                                                   MutableHttpResponse<?> response) {
                    Optional<SurfaceErrors> surface = surfaceOf(context.getRequest());
                    return surface.isPresent()
                            ? (MutableHttpResponse<Object>) surface.get().status(context.getRequest(),
                                    response.status(), context.getRootCause().orElse(null))
                            : wrapped.processResponse(context, response);
                }
            };
        };
    }
}
