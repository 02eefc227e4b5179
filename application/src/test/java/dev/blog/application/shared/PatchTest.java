package dev.blog.application.shared;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PatchTest {

    @Test
    void unchanged_is_not_present_and_has_no_value() {
        Patch<String> patch = Patch.unchanged();

        assertThat(patch.isPresent()).isFalse();
        assertThat(patch.value()).isEmpty();
    }

    @Test
    void to_a_value_is_present_with_that_value() {
        Patch<String> patch = Patch.to("new");

        assertThat(patch.isPresent()).isTrue();
        assertThat(patch.value()).contains("new");
    }

    @Test
    void to_null_is_a_present_clear_with_no_value() {
        Patch<String> patch = Patch.to(null);

        assertThat(patch.isPresent()).isTrue();
        assertThat(patch.value()).isEmpty();
    }

    @Test
    void map_converts_a_new_value() {
        assertThat(Patch.to("42").map(Integer::valueOf)).isEqualTo(Patch.to(42));
    }

    @Test
    void map_keeps_a_clear_a_clear_without_calling_the_mapper() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, Integer> mapper = value -> {
            calls.incrementAndGet();
            return value.length();
        };

        Patch<Integer> mapped = Patch.<String>to(null).map(mapper);

        assertThat(mapped.isPresent()).isTrue();
        assertThat(mapped.value()).isEmpty();
        assertThat(calls).hasValue(0);
    }

    @Test
    void map_keeps_unchanged_unchanged_without_calling_the_mapper() {
        AtomicInteger calls = new AtomicInteger();

        Patch<Integer> mapped = Patch.<String>unchanged().map(value -> calls.incrementAndGet());

        assertThat(mapped.isPresent()).isFalse();
        assertThat(mapped).isEqualTo(Patch.unchanged());
        assertThat(calls).hasValue(0);
    }

    @Test
    void patches_with_the_same_presence_and_value_are_equal() {
        assertThat(Patch.to("a")).isEqualTo(Patch.to("a")).hasSameHashCodeAs(Patch.to("a"));
        assertThat(Patch.to(null)).isEqualTo(Patch.to(null)).hasSameHashCodeAs(Patch.to(null));
        assertThat(Patch.<String>unchanged()).isEqualTo(Patch.<Integer>unchanged());
    }

    @Test
    void a_clear_differs_from_unchanged_and_from_a_value() {
        assertThat(Patch.to(null)).isNotEqualTo(Patch.unchanged());
        assertThat(Patch.to(null)).isNotEqualTo(Patch.to("a"));
        assertThat(Patch.to("a")).isNotEqualTo(Patch.to("b"));
        assertThat(Patch.to("a")).isNotEqualTo("a");
    }

    @Test
    void to_string_tells_unchanged_from_a_value() {
        assertThat(Patch.unchanged()).hasToString("Patch[unchanged]");
        assertThat(Patch.to("a")).hasToString("Patch[a]");
    }
}
