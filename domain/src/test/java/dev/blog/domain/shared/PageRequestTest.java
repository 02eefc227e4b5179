package dev.blog.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9_999, 10_000})
    void an_offset_from_0_to_10000_is_valid(int offset) {
        assertThat(new PageRequest(offset, PageRequest.DEFAULT_LIMIT).offset()).isEqualTo(offset);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -20, Integer.MIN_VALUE, 10_001, 900_000, Integer.MAX_VALUE})
    void an_offset_outside_0_to_10000_is_invalid_and_named_offset(int offset) {
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

    @Test
    void an_offset_beyond_the_maximum_points_to_the_cursor() {
        assertThatThrownBy(() -> new PageRequest(10_001, 20))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage()).contains("cursor"));
    }

    @Test
    void a_keyset_page_starts_after_its_position_without_an_offset() {
        Position position = new Position.AfterName("java");

        PageRequest request = PageRequest.after(position, 5);

        assertThat(request.offset()).isZero();
        assertThat(request.after(Position.AfterName.class)).contains(new Position.AfterName("java"));
        assertThat(request.fetchSize()).isEqualTo(6);
    }

    @Test
    void a_position_and_an_offset_together_are_invalid_and_named_cursor() {
        assertThatThrownBy(() -> new PageRequest(3, 20, java.util.Optional.of(new Position.AfterName("a"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }

    @Test
    void a_list_refuses_a_position_of_another_kind() {
        PageRequest request = PageRequest.after(new Position.AfterName("java"), 5);

        assertThatThrownBy(() -> request.after(Position.AfterTime.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
