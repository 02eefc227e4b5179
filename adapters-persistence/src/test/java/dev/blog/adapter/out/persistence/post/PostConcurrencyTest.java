package dev.blog.adapter.out.persistence.post;

import dev.blog.application.post.port.in.RecordViewCommand;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Role;
import dev.blog.domain.access.Actor;
import dev.blog.application.post.port.in.AddPostTagCommand;
import dev.blog.application.post.service.AddPostTagService;
import dev.blog.application.post.service.RecordViewService;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.User;
import dev.blog.testsupport.concurrency.Concurrently;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.adapter.out.persistence.AdapterTestOnPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** Many transactions at once against the real database, through the real use cases. */
@MicronautTest(transactional = false)
class PostConcurrencyTest extends AdapterTestOnPostgres {

    private static final Actor ADMIN = Actor.user(new UserId(10_000), Role.ADMIN);

    private User alice;

    @BeforeEach
    void storeAnAuthor() {
        alice = transactions.inTransaction(() -> users.create(newUser("alice", T0)));
    }

    private Post create(String title, String... tagNames) {
        return transactions.inTransaction(() -> posts.create(newPost(alice.requireId(), title, T0, tagNames)));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void twenty_concurrent_adds_of_one_new_name_to_different_posts_create_exactly_one_tag() throws Exception {
        AddPostTagService addTag = new AddPostTagService(posts, queries, transactions, Clock.systemUTC());
        List<PostId> ids = IntStream.range(0, 20).mapToObj(i -> create("post" + i).requireId()).toList();

        List<Callable<Long>> adds = ids.stream().<Callable<Long>>map(id -> () -> addTag.addTag(
                new AddPostTagCommand(ADMIN, id, TagName.of(" Brand-New "))).tags().get(0).id().value()).toList();
        List<Long> tagIds = Concurrently.run(adds);

        assertThat(tagIds).hasSize(20).containsOnly(tagIds.get(0));
        assertThat(count("SELECT count(*) FROM tags WHERE name = 'brand-new'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM post_tags")).isEqualTo(20);
    }

    @Test
    void concurrent_adds_of_different_names_to_one_post_keep_every_tag() throws Exception {
        AddPostTagService addTag = new AddPostTagService(posts, queries, transactions, Clock.systemUTC());
        PostId id = create("shared").requireId();

        Concurrently.run(IntStream.range(0, 10).<Callable<Object>>mapToObj(i -> () -> addTag.addTag(
                new AddPostTagCommand(ADMIN, id, TagName.of("tag" + i)))).toList());

        assertThat(transactions.readOnly(() -> queries.findById(id)).orElseThrow().tags()).hasSize(10);
    }

    @Test
    void fifty_concurrent_views_lose_no_increment() throws Exception {
        RecordViewService view = new RecordViewService(posts, transactions);
        PostId id = create("popular").requireId();

        List<Long> counts = Concurrently.run(IntStream.range(0, 50)
                .<Callable<Long>>mapToObj(i -> () -> view.recordView(new RecordViewCommand(ADMIN, id))).toList());

        assertThat(counts).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
        assertThat(transactions.readOnly(() -> queries.findById(id)).orElseThrow().viewCount()).isEqualTo(50);
    }

    @Test
    void deleting_a_user_removes_their_posts_and_links_but_keeps_the_tags() throws Exception {
        User bob = transactions.inTransaction(() -> users.create(newUser("bob", T0)));
        create("alice keeps this", "java");
        transactions.inTransaction(() -> posts.create(newPost(bob.requireId(), "bob1", T0, "java", "go")));
        transactions.inTransaction(() -> posts.create(newPost(bob.requireId(), "bob2", T0, "rust")));

        transactions.inTransaction(() -> users.deleteById(bob.requireId()));

        assertThat(count("SELECT count(*) FROM posts WHERE author_id = " + bob.requireId().value())).isZero();
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM post_tags")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM post_tags pt LEFT JOIN posts p ON p.id = pt.post_id"
                + " WHERE p.id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM tags")).isEqualTo(3);
        assertThat(transactions.readOnly(() -> tags.findByName(TagName.of("rust")))).isPresent();
    }
}
