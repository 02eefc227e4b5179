package dev.blog.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void of_takes_offset_and_limit_from_the_request() {
        Page<String> page = Page.of(List.of("a", "b"), new PageRequest(4, 2), 57);

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.offset()).isEqualTo(4);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(57);
    }

    @Test
    void map_converts_every_item_in_order_and_keeps_offset_limit_and_total() {
        Page<String> page = Page.of(List.of("one", "three", "five"), new PageRequest(10, 3), 42);

        Page<Integer> lengths = page.map(String::length);

        assertThat(lengths.items()).containsExactly(3, 5, 4);
        assertThat(lengths.offset()).isEqualTo(10);
        assertThat(lengths.limit()).isEqualTo(3);
        assertThat(lengths.total()).isEqualTo(42);
    }

    @Test
    void map_of_an_empty_page_is_empty_and_keeps_the_total() {
        Page<String> empty = Page.of(List.of(), new PageRequest(100, 20), 7);

        Page<Integer> mapped = empty.map(String::length);

        assertThat(mapped.items()).isEmpty();
        assertThat(mapped.total()).isEqualTo(7);
    }

    @Test
    void the_items_are_a_copy_that_cannot_be_changed() {
        List<String> source = new ArrayList<>(List.of("a"));
        Page<String> page = Page.of(source, new PageRequest(0, 20), 1);

        source.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void items_must_not_be_null() {
        assertThatThrownBy(() -> new Page<String>(null, 0, 20, 0)).isInstanceOf(NullPointerException.class);
    }
}
