package dev.blog.adapter.in.web;

import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.Position;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {

    private final Cursors cursors = new Cursors("a test key for page cursors, 32+".getBytes(StandardCharsets.UTF_8));

    @Test
    void every_kind_of_position_comes_back_as_it_was_given() {
        Instant at = Instant.parse("2026-11-20T10:15:30.123456Z");
        Cursors.Scope scope = cursors.of("posts/1/comments", "");
        for (Position position : List.of(new Position.AfterTime(at, 7), new Position.AfterTimeOldestFirst(at, 7),
                new Position.AfterName("java"))) {
            String cursor = scope.encode(Optional.of(position));

            assertThat(scope.pageRequest(new PageParameters(null, 20, cursor)).after()).contains(position);
        }
    }

    @Test
    void a_cursor_of_another_list_is_refused() {
        String cursor = cursors.of("posts/1/comments", "")
                .encode(Optional.of(new Position.AfterTimeOldestFirst(Instant.EPOCH, 1)));

        assertThatThrownBy(() -> cursors.of("posts/2/comments", "").pageRequest(new PageParameters(null, 20, cursor)))
                .isInstanceOf(InvalidValueException.class);
    }
}
