package dev.blog.bootstrap.operations;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes the instance out of its load balancer before it stops. Graceful shutdown alone closes the
 * listening socket at once: a balancer that has not yet noticed keeps sending requests there, which are
 * refused. With {@code blog.shutdown.drain-delay} above zero, SIGTERM first turns readiness {@code DOWN}
 * while the instance keeps serving; only after the delay, which should exceed the time the balancer
 * needs to notice (its check interval times its failure count), does the usual graceful shutdown begin.
 * Kubernetes gets the same from a {@code preStop} sleep and leaves the delay at zero.
 */
@Singleton
@Readiness
final class ShutdownDrain implements HealthIndicator, ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);
    /** What the JVM exits with on a plain SIGTERM (128 + 15); supervisors read it as "stopped on request". */
    private static final int EXIT_ON_SIGTERM = 143;

    private final Duration drainDelay;
    private final AtomicBoolean draining = new AtomicBoolean();

    ShutdownDrain(@Value("${blog.shutdown.drain-delay:0s}") Duration drainDelay) {
        this.drainDelay = drainDelay;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!drainDelay.isZero()) {
            // Replaces the JVM's own SIGTERM handler, which would run the shutdown hooks (and so stop the server) at once.
            Signal.handle(new Signal("TERM"), signal -> drainThenExit());
        }
    }

    private void drainThenExit() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        LOG.info("SIGTERM: readiness is DOWN; serving on for {} ms while load balancers take this instance out, then stopping",
                drainDelay.toMillis());
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(drainDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(EXIT_ON_SIGTERM);
        }, "shutdown-drain");
        stopper.setDaemon(true);
        stopper.start();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("shutdownDrain", draining.get() ? HealthStatus.DOWN : HealthStatus.UP)
                .build());
    }
}
