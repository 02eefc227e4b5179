package dev.blog.adapter.in.web;

import dev.blog.adapter.in.common.error.ErrorSurfaces;
import dev.blog.adapter.in.web.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code blog.http.max-concurrent-requests} requests (default 64) are served at once; one more is
 * answered 503 with Retry-After at once, instead of waiting in a queue that grows without bound and holds a
 * thread for each (200 concurrent registrations once meant 227 threads and 15 s at p95). A permit is given
 * back when the response is ready, or when the request fails or the client goes away.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
final class ConcurrencyLimitFilter implements HttpServerFilter, Ordered {

    private static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore permits;
    private final ErrorSurfaces surfaces;

    ConcurrencyLimitFilter(@Value("${blog.http.max-concurrent-requests:64}") int maxConcurrentRequests,
                           ErrorSurfaces surfaces) {
        this.surfaces = surfaces;
        this.permits = new Semaphore(maxConcurrentRequests);
    }

    @Override
    public int getOrder() {
        // After the request id and the access log, so a shed request is logged with its id like any other.
        return ServerFilterPhase.FIRST.after();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (!permits.tryAcquire()) {
            // A request of another surface (RealWorld) is shed the same way, in that surface's error format.
            var other = surfaces.of(request);
            if (other.isPresent()) {
                return Publishers.just(other.get().status(request, HttpStatus.SERVICE_UNAVAILABLE, null)
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
            }
            return Publishers.just(Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                            "The service is serving as many requests as it may; try again shortly.")
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        Publisher<MutableHttpResponse<?>> response = chain.proceed(request);
        return subscriber -> response.subscribe(new Subscriber<MutableHttpResponse<?>>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscriber.onSubscribe(new Subscription() {
                    @Override
                    public void request(long n) {
                        subscription.request(n);
                    }

                    @Override
                    public void cancel() {
                        release.run();
                        subscription.cancel();
                    }
                });
            }

            @Override
            public void onNext(MutableHttpResponse<?> value) {
                release.run();
                subscriber.onNext(value);
            }

            @Override
            public void onError(Throwable failure) {
                release.run();
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                release.run();
                subscriber.onComplete();
            }
        });
    }
}
