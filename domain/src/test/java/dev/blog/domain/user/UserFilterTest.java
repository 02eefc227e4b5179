package dev.blog.domain.user;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UserFilterTest {

    @Test
    void all_does_not_filter_on_active() {
        assertThat(UserFilter.all().active()).isEmpty();
    }

    @Test
    void a_null_active_means_no_filter() {
        assertThat(new UserFilter(null)).isEqualTo(UserFilter.all());
    }

    @Test
    void a_given_active_is_kept() {
        assertThat(new UserFilter(Optional.of(false)).active()).contains(false);
    }
}
