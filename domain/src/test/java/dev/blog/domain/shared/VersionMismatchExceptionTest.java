package dev.blog.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionMismatchExceptionTest {

    @Test
    void no_expected_version_or_the_current_one_passes_and_any_other_fails_naming_the_current() {
        assertThatCode(() -> VersionMismatchException.check(Optional.empty(), 3)).doesNotThrowAnyException();
        assertThatCode(() -> VersionMismatchException.check(Optional.of(3L), 3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VersionMismatchException.check(Optional.of(2L), 3))
                .isInstanceOfSatisfying(VersionMismatchException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.currentVersion()).isEqualTo(3));
    }
}
