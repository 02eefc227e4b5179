package dev.blog.domain.post;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleAndContentTest {

    @Test
    void a_title_has_1_to_200_characters_and_is_not_blank() {
        assertThat(new Title("x").value()).isEqualTo("x");
        assertThat(new Title("x".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> new Title("")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new Title("x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Title("   ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Title(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void content_has_1_to_100000_characters_and_is_not_blank() {
        assertThat(new Content("x".repeat(100_000)).value()).hasSize(100_000);
        assertThatThrownBy(() -> new Content("x".repeat(100_001))).isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("content"));
        assertThatThrownBy(() -> new Content("")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Content(" \n ")).isInstanceOf(InvalidValueException.class);
    }
}
