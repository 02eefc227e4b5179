package dev.blog.testsupport.post;

import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.User;
import dev.blog.testsupport.StoresContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/** What the feed of {@code PostQueries} must show, the in-memory fake as much as the database adapter. */
public abstract class FeedContract extends StoresContract {


    private User reader;
    private User ada;
    private User bob;
    private User cyd;

    @BeforeEach
    void aReaderFollowingTwoOfThreeAuthors() {
        reader = createUser(newUser("reader", T0));
        ada = createUser(newUser("ada", T0));
        bob = createUser(newUser("bob", T0));
        cyd = createUser(newUser("cyd", T0));
        for (User followed : List.of(ada, bob)) {
            inTransaction(() -> {
                follows().follow(new Follow(reader.requireId(), followed.requireId()), T0);
                return null;
            });
        }
    }

    private Page<PostListItem> feed(PageRequest page) {
        return inTransaction(() -> queries().findFeed(reader.requireId(), page));
    }

    private static List<String> titles(Page<PostListItem> page) {
        return page.items().stream().map(item -> item.title().value()).toList();
    }

    @Test
    void the_feed_is_the_published_posts_of_the_followed_users_newest_first() {
        createPost(newPublishedPost(ada.requireId(), "ada 1", T0.plusSeconds(1)));
        createPost(newPublishedPost(bob.requireId(), "bob 2", T0.plusSeconds(2)));
        createPost(newPost(bob.requireId(), "bob draft", T0.plusSeconds(3)));
        createPost(newPublishedPost(cyd.requireId(), "cyd not followed", T0.plusSeconds(4)));
        createPost(newPublishedPost(reader.requireId(), "reader's own", T0.plusSeconds(5)));
        createPost(newPublishedPost(ada.requireId(), "ada 6", T0.plusSeconds(6)));

        Page<PostListItem> page = feed(new PageRequest(0, 10));

        assertThat(titles(page)).containsExactly("ada 6", "bob 2", "ada 1");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void offset_and_cursor_pages_walk_the_feed_across_authors_without_gaps_or_repeats() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            User author = i % 2 == 0 ? ada : bob;
            posts.add(createPost(newPublishedPost(author.requireId(), "post " + i, T0.plusSeconds(i))));
        }

        Page<PostListItem> second = feed(new PageRequest(3, 3));
        List<String> walked = new ArrayList<>();
        Page<PostListItem> page = feed(new PageRequest(0, 4));
        walked.addAll(titles(page));
        while (page.next().isPresent()) {
            page = feed(PageRequest.after(page.next().get(), 4));
            walked.addAll(titles(page));
        }

        assertThat(titles(second)).containsExactly("post 5", "post 4", "post 3");
        assertThat(walked).containsExactly("post 8", "post 7", "post 6", "post 5", "post 4", "post 3", "post 2",
                "post 1", "post 0");
    }
}
