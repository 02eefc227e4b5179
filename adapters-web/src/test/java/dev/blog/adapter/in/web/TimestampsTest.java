package dev.blog.adapter.in.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    /** The contract's format, written the slow, obviously right way. */
    private static final DateTimeFormatter CONTRACT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    @Test
    void writesUtcWithMilliseconds() {
        assertThat(Timestamps.format(Instant.parse("2026-11-20T10:15:30.123456789Z")))
                .isEqualTo("2026-11-20T10:15:30.123Z");
        assertThat(Timestamps.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1969-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
            "+10000-01-01T00:00:00.001Z", "-0001-06-15T12:00:00Z", "2024-02-29T07:08:09.010Z"})
    void agreesWithTheFormatterAtTheEdges(String instant) {
        Instant edge = Instant.parse(instant);
        assertThat(Timestamps.format(edge)).isEqualTo(CONTRACT.format(edge));
    }

    @Test
    void agreesWithTheFormatterOnRandomInstants() {
        SplittableRandom random = new SplittableRandom(20261121);
        long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(Timestamps.format(instant)).as("%s", instant).isEqualTo(CONTRACT.format(instant));
        }
    }

    @Test
    void leavesAnAbsentTimestampAbsent() {
        assertThat(Timestamps.format(null)).isNull();
    }
}
