package dev.blog.adapter.in.web;

import dev.blog.adapter.in.common.error.ErrorSurfaces;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.http.annotation.RequestBean;
import dev.blog.adapter.in.web.problem.Problem;
import dev.blog.adapter.in.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the framework would let through leniently, refused before anything is read or bound:
 * <ul>
 *   <li>A number in the path or the query written other than in ASCII digits: Java's parsers read
 *   {@code +1}, the full-width {@code １} and Arabic-Indic digits as 1, so {@code /api/users/%EF%BC%91} would
 *   be user 1 under a second name. The router does not even match a path variable with a {@code +} in it, so
 *   {@code /api/users/+1} would be a 404 for a resource that exists; it is a 400 like the others.</li>
 *   <li>A body without a {@code Content-Type}: the framework would read it as JSON; the contract says 415.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class StrictRequestFilter implements Ordered {

    private static final Pattern ASCII_INTEGER = Pattern.compile("-?[0-9]+");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(long.class, Long.class, int.class, Integer.class,
            short.class, Short.class);
    private static final String NOT_ASCII_DIGITS = "must be a whole number written in the digits 0-9";

    private final Router router;
    private final ErrorSurfaces surfaces;

    StrictRequestFilter(Router router, ErrorSurfaces surfaces) {
        this.router = router;
        this.surfaces = surfaces;
    }

    /** Right after the request id is assigned, so a refusal carries it. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }

    /** A request of another surface (RealWorld) is refused in that surface's error format, with the same status. */
    @RequestFilter
    @Nullable
    HttpResponse<?> refuseLenientInput(HttpRequest<?> request) {
        HttpResponse<Problem> refusal = refusal(request);
        if (refusal == null) {
            return null;
        }
        return surfaces.of(request)
                .<HttpResponse<?>>map(surface -> surface.status(request, refusal.status(), null))
                .orElse(refusal);
    }

    @Nullable
    private HttpResponse<Problem> refusal(HttpRequest<?> request) {
        RouteMatch<?> match = RouteAttributes.getRouteMatch(request).orElse(null);
        if (!(match instanceof UriRouteMatch<?, ?> route)) {
            return plusSignInANumber(request);
        }
        for (Argument<?> argument : boundValues(route)) {
            if (isWholeNumber(argument)) {
                String name = argument.getName();
                Object inPath = route.getVariableValues().get(name);
                String value = inPath != null ? inPath.toString() : request.getParameters().get(name);
                if (value != null && !ASCII_INTEGER.matcher(value).matches()) {
                    return Problems.response(Problem.invalid(name, NOT_ASCII_DIGITS));
                }
            }
        }
        if (route.getRouteInfo().getBodyArgument().isPresent() && hasBody(request)
                && request.getHeaders().get(HttpHeaders.CONTENT_TYPE) == null) {
            return Problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The request has a body but no Content-Type; send application/json");
        }
        return null;
    }

    /**
     * For a path no route matches: the route it would match if its {@code +} signs were digits, when a {@code +}
     * is in a number of that route's path.
     */
    @Nullable
    private HttpResponse<Problem> plusSignInANumber(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.indexOf('+') < 0) {
            return null;
        }
        String asDigits = path.replace('+', '0');
        List<String> segments = List.of(path.split("/", -1));
        List<String> digitSegments = List.of(asDigits.split("/", -1));
        return router.find(request.getMethod(), asDigits, request).findFirst()
                .flatMap(route -> Stream.of(route.getArguments())
                        .filter(StrictRequestFilter::isWholeNumber)
                        .filter(argument -> {
                            Object value = route.getVariableValues().get(argument.getName());
                            int segment = digitSegments.indexOf(String.valueOf(value));
                            return segment >= 0 && segments.get(segment).indexOf('+') >= 0;
                        })
                        .findFirst())
                .map(argument -> Problems.response(Problem.invalid(argument.getName(), NOT_ASCII_DIGITS)))
                .orElse(null);
    }

    /** The route's arguments, with a {@code @RequestBean} (the page parameters) taken apart into its values. */
    private static List<Argument<?>> boundValues(UriRouteMatch<?, ?> route) {
        List<Argument<?>> values = new ArrayList<>();
        for (Argument<?> argument : route.getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(RequestBean.class)) {
                values.addAll(List.of(BeanIntrospector.SHARED.getIntrospection(argument.getType())
                        .getConstructorArguments()));
            } else {
                values.add(argument);
            }
        }
        return values;
    }

    private static boolean isWholeNumber(Argument<?> argument) {
        return WHOLE_NUMBERS.contains(argument.getType());
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
