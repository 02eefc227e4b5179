package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/ada.png", "http://img.example.org:8080/a/b.jpg?size=64",
            "HTTPS://EXAMPLE.COM/X"})
    void absolute_http_urls_with_a_host_are_pictures(String value) {
        assertThat(new ImageUrl(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada.png", "/images/ada.png", "ftp://example.com/a.png", "javascript:alert(1)",
            "https://", "https:///path", "https://exa mple.com/a.png", "data:image/png;base64,AAAA", "a\u0000b"})
    void anything_else_is_refused_naming_the_field(String value) {
        assertThatThrownBy(() -> new ImageUrl(value)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("imageUrl");
    }

    @Test
    void at_most_2000_characters() {
        String base = "https://example.com/";
        assertThat(new ImageUrl(base + "a".repeat(2000 - base.length())).value()).hasSize(2000);
        assertThatThrownBy(() -> new ImageUrl(base + "a".repeat(2001 - base.length())))
                .isInstanceOf(InvalidValueException.class);
    }
}
