package dev.blog.application.tag.service;

import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Role;
import dev.blog.domain.access.Actor;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.tag.port.in.ListTagPostsQuery;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.user.User;
import dev.blog.testsupport.post.InMemoryPostLikes;
import dev.blog.testsupport.comment.InMemoryCommentRepository;
import dev.blog.testsupport.post.InMemoryPostQueries;
import dev.blog.testsupport.post.InMemoryPostRepository;
import dev.blog.testsupport.tag.InMemoryTagRepository;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TagServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final Actor ADMIN = Actor.user(new UserId(10_000), Role.ADMIN);

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryTagRepository tags = new InMemoryTagRepository();
    private final InMemoryPostRepository posts = new InMemoryPostRepository(users, tags);
    private final InMemoryPostLikes likes = new InMemoryPostLikes(users, posts);
    private final InMemoryPostQueries queries = new InMemoryPostQueries(users, posts, tags, likes,
            new InMemoryUserFollows(users), new InMemoryCommentRepository(users, posts));
    private final CountingTransactions transactions = new CountingTransactions();

    private final ListTagsService listTags = new ListTagsService(tags, transactions);
    private final ListTagPostsService listTagPosts = new ListTagPostsService(tags, queries, transactions);

    @BeforeEach
    void storePosts() {
        User alice = users.create(newUser("alice", T0));
        posts.create(newPost(alice.requireId(), "first", T0, "java", "spring").changePublished(true, T0));
        posts.create(newPost(alice.requireId(), "second", T0.plusSeconds(1), "java").changePublished(true, T0));
        posts.deleteById(posts.create(newPost(alice.requireId(), "gone", T0, "cobol")).requireId());
    }

    @Test
    void tags_are_listed_by_name_with_their_post_counts_in_one_transaction() {
        Page<TagUsage> page = listTags.list(new PageRequest(0, 10));

        assertThat(page.items()).extracting(usage -> usage.tag().name().value() + "=" + usage.postCount())
                .containsExactly("cobol=0", "java=2", "spring=1");
        assertThat(page.total()).isEqualTo(3);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void tag_pages_are_windows() {
        Page<TagUsage> page = listTags.list(new PageRequest(1, 1));

        assertThat(page.items()).extracting(usage -> usage.tag().name().value()).containsExactly("java");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void the_posts_of_a_tag_newest_first() {
        Page<PostListItem> page = listTagPosts.list(new ListTagPostsQuery(ADMIN, TagName.of("java"), new PageRequest(0, 10)));

        assertThat(page.items()).extracting(post -> post.title().value()).containsExactly("second", "first");
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void a_tag_without_posts_has_an_empty_page_and_an_unknown_tag_is_not_found() {
        assertThat(listTagPosts.list(new ListTagPostsQuery(ADMIN, TagName.of("cobol"), new PageRequest(0, 10))).items())
                .isEmpty();
        assertThatThrownBy(() -> listTagPosts.list(new ListTagPostsQuery(ADMIN, TagName.of("rust"), new PageRequest(0, 10))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("rust");
    }
}
