package dev.blog.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The one clock every use case reads the time from. */
@Factory
class ClockFactory {

    /** Millisecond ticks: the precision the API shows, so what a write returns is what a read returns. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
