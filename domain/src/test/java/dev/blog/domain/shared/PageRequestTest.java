package dev.blog.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 1_000_000, Integer.MAX_VALUE})
    void any_offset_from_0_is_valid(int offset) {
        assertThat(new PageRequest(offset, PageRequest.DEFAULT_LIMIT).offset()).isEqualTo(offset);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -20, Integer.MIN_VALUE})
    void a_negative_offset_is_invalid_and_named_offset(int offset) {
        assertThatThrownBy(() -> new PageRequest(offset, PageRequest.DEFAULT_LIMIT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("offset"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 20, 99, 100})
    void a_limit_from_1_to_100_is_valid(int limit) {
        assertThat(new PageRequest(0, limit).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, Integer.MAX_VALUE})
    void a_limit_outside_1_to_100_is_invalid_and_named_limit(int limit) {
        assertThatThrownBy(() -> new PageRequest(0, limit))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void the_default_limit_is_20_and_the_maximum_100_as_the_contract_says() {
        assertThat(PageRequest.DEFAULT_LIMIT).isEqualTo(20);
        assertThat(PageRequest.MAX_LIMIT).isEqualTo(100);
    }
}
