package dev.blog.domain.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PostVisibilityTest {

    private static final UserId OWNER_ID = new UserId(1);
    private static final Actor ANONYMOUS = Actor.anonymous();
    private static final Actor OWNER = Actor.user(OWNER_ID, Role.USER);
    private static final Actor OTHER = Actor.user(new UserId(2), Role.USER);
    private static final Actor ADMIN = Actor.user(new UserId(3), Role.ADMIN);

    @Test
    void a_published_post_is_visible_to_everyone() {
        for (Actor actor : List.of(ANONYMOUS, OTHER, OWNER, ADMIN)) {
            assertThat(PostVisibility.of(actor).includes(OWNER_ID, true)).as(actor.toString()).isTrue();
        }
    }

    @Test
    void a_draft_is_visible_to_its_author_and_admins_only() {
        assertThat(PostVisibility.of(ANONYMOUS).includes(OWNER_ID, false)).isFalse();
        assertThat(PostVisibility.of(OTHER).includes(OWNER_ID, false)).isFalse();
        assertThat(PostVisibility.of(OWNER).includes(OWNER_ID, false)).isTrue();
        assertThat(PostVisibility.of(ADMIN).includes(OWNER_ID, false)).isTrue();
    }

    @Test
    void a_filter_seen_by_a_caller_keeps_its_criteria_and_narrows_to_what_they_may_see() {
        PostFilter drafts = new PostFilter(Optional.empty(), Optional.of(TagName.of("java")), Optional.of(false), Optional.empty())
                .seenBy(OTHER);

        assertThat(drafts.matches(new UserId(2), false, List.of(TagName.of("java")), List.of())).isTrue();
        assertThat(drafts.matches(OWNER_ID, false, List.of(TagName.of("java")), List.of())).isFalse();
        assertThat(drafts.matches(new UserId(2), true, List.of(TagName.of("java")), List.of())).isFalse();
        assertThat(drafts.matches(new UserId(2), false, List.of(TagName.of("go")), List.of())).isFalse();
    }
}
