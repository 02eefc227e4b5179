package dev.blog.adapter.out.persistence.post;

import dev.blog.adapter.out.persistence.OnTheTestDatabase;
import dev.blog.adapter.out.persistence.PostgresStores;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.post.PostQueriesContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** The PostQueries contract on PostgreSQL: posts as readers see them, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostQueryAdapterTest extends PostQueriesContract implements OnTheTestDatabase {

    @Inject
    PostgresStores stores;

    @Override
    protected Stores stores() {
        return stores;
    }

    /** Beyond the contract: PostgreSQL stops counting at the cap, so a count costs the same at any size. */
    @Test
    void beyond_ten_thousand_matches_the_total_is_ten_thousand_and_not_exact() throws SQLException {
        User author = inTransaction(() -> users().create(newUser("prolific", Instant.parse("2026-01-01T00:00:00Z"))));
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO posts (author_id, slug, title, content, published, created_at, updated_at)
                     SELECT ?, 'post-' || n, 'post ' || n, 'content', true, now(), now() FROM generate_series(1, 10050) AS n""")) {
            insert.setLong(1, author.requireId().value());
            insert.executeUpdate();
        }

        Page<PostListItem> page = inTransaction(() -> queries().findPage(PostFilter.all(), new PageRequest(0, 20), Optional.empty()));
        Page<PostListItem> last = inTransaction(() -> queries().findPage(PostFilter.all(), new PageRequest(10_000, 20), Optional.empty()));

        assertThat(page.total()).isEqualTo(10_000);
        assertThat(page.totalExact()).isFalse();
        assertThat(last.items()).hasSize(20);
        assertThat(last.next()).isPresent();
    }
}
