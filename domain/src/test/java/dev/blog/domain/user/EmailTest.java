package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {

    private static final String LABEL_63 = "d".repeat(63);

    @ParameterizedTest
    @ValueSource(strings = {
            "a@b.co",
            "jane.doe@example.com",
            "Jane.Doe+blog@Mail.Example.ORG",
            "x_y-z@sub-domain.example.io"
    })
    void a_plausible_address_is_valid(String value) {
        assertThat(new Email(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "plain",
            "@example.com",
            "jane@",
            "jane@example",          // the domain needs a dot
            "jane@@example.com",
            "jane@doe@example.com",
            "jane doe@example.com",
            "jane@exa mple.com",
            "jane@-example.com",
            "jane@example-.com",
            "jane@example..com",
            "jane@.example.com",
            "jane@example.com.",
            "jane@exämple.com",
            "jane@example.com\n",
            "ja\u0000ne@example.com",
            "ja\tne@example.com"
    })
    void an_implausible_address_is_invalid(String value) {
        assertInvalid(value);
    }

    @Test
    void the_local_part_may_have_64_characters_but_not_65() {
        assertThat(new Email("l".repeat(64) + "@example.com").value()).startsWith("l".repeat(64));
        assertInvalid("l".repeat(65) + "@example.com");
    }

    @Test
    void a_domain_label_may_have_63_characters_but_not_64() {
        assertThat(new Email("jane@" + LABEL_63 + ".com").value()).contains(LABEL_63);
        assertInvalid("jane@" + LABEL_63 + "d.com");
    }

    @Test
    void an_address_of_255_characters_is_valid_but_256_is_not() {
        String local = "l".repeat(64);
        String domain255 = LABEL_63 + "." + LABEL_63 + "." + "d".repeat(62);  // 190
        String domain256 = LABEL_63 + "." + LABEL_63 + "." + LABEL_63;        // 191, every label still valid

        String longest = local + "@" + domain255;
        String tooLong = local + "@" + domain256;

        assertThat(longest).hasSize(Email.MAX_LENGTH);
        assertThat(tooLong).hasSize(Email.MAX_LENGTH + 1);
        assertThat(new Email(longest).value()).isEqualTo(longest);
        assertInvalid(tooLong);
    }

    @ParameterizedTest
    @NullSource
    void null_is_invalid(String value) {
        assertInvalid(value);
    }

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> new Email(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
