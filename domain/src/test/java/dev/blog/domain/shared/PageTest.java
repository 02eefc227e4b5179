package dev.blog.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    private static Position at(String item) {
        return new Position.AfterName(item);
    }

    @Test
    void of_takes_offset_and_limit_from_the_request() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(4, 2), 57, PageTest::at);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.offset()).contains(4);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(57);
        assertThat(page.totalExact()).isTrue();
    }

    @Test
    void one_item_beyond_the_limit_means_a_next_page_starting_after_the_last_item_shown() {
        Page<String> page = Page.of(List.of("a", "b", "c"), new PageRequest(0, 2), 3, PageTest::at);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).contains(at("b"));
    }

    @Test
    void the_last_page_has_no_next_position() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(0, 2), 2, PageTest::at);

        assertThat(page.next()).isEmpty();
    }

    @Test
    void a_keyset_page_has_no_offset() {
        Page<String> page = Page.of(List.of("c"), PageRequest.after(at("b"), 2), 3, PageTest::at);

        assertThat(page.offset()).isEmpty();
    }

    @Test
    void a_total_up_to_the_cap_is_exact_and_beyond_it_is_the_cap_and_not_exact() {
        Page<String> atCap = Page.of(List.of(), new PageRequest(0, 20), Page.COUNT_CAP, PageTest::at);
        Page<String> beyond = Page.of(List.of(), new PageRequest(0, 20), Page.COUNT_LIMIT, PageTest::at);

        assertThat(atCap.total()).isEqualTo(10_000);
        assertThat(atCap.totalExact()).isTrue();
        assertThat(beyond.total()).isEqualTo(10_000);
        assertThat(beyond.totalExact()).isFalse();
    }

    @Test
    void map_converts_every_item_in_order_and_keeps_the_rest() {
        Page<String> page = Page.of(List.of("one", "three", "five", "more"), new PageRequest(10, 3), 42, PageTest::at);

        Page<Integer> lengths = page.map(String::length);

        assertThat(lengths.items()).containsExactly(3, 5, 4);
        assertThat(lengths.offset()).contains(10);
        assertThat(lengths.limit()).isEqualTo(3);
        assertThat(lengths.total()).isEqualTo(42);
        assertThat(lengths.next()).contains(at("five"));
    }

    @Test
    void the_items_are_a_copy_that_cannot_be_changed() {
        List<String> source = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(source, new PageRequest(0, 20), 1, PageTest::at);

        source.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void items_must_not_be_null() {
        assertThatThrownBy(() -> new Page<String>(null, Optional.of(0), 20, 0, true, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
