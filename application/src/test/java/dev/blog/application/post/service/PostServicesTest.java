package dev.blog.application.post.service;

import dev.blog.application.post.port.in.LikePostCommand;
import dev.blog.application.post.port.in.UnlikePostCommand;
import dev.blog.domain.post.LikeState;
import dev.blog.application.post.port.in.AddPostTagCommand;
import dev.blog.application.post.port.in.CreatePostCommand;
import dev.blog.application.post.port.in.DeletePostCommand;
import dev.blog.application.post.port.in.GetPostQuery;
import dev.blog.application.post.port.in.RecordViewCommand;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.user.Role;
import dev.blog.application.post.port.in.ListPostsQuery;
import dev.blog.application.post.port.in.ListUserPostsQuery;
import dev.blog.application.post.port.in.RemovePostTagCommand;
import dev.blog.application.post.port.in.UpdatePostCommand;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Summary;
import dev.blog.application.shared.Patch;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.post.InMemoryPostLikes;
import dev.blog.testsupport.comment.InMemoryCommentRepository;
import dev.blog.testsupport.post.InMemoryPostQueries;
import dev.blog.testsupport.post.InMemoryPostRepository;
import dev.blog.testsupport.tag.InMemoryTagRepository;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryTagRepository tags = new InMemoryTagRepository();
    private final InMemoryPostRepository posts = new InMemoryPostRepository(users, tags);
    private final InMemoryPostLikes likes = new InMemoryPostLikes(users, posts);
    private final InMemoryPostQueries queries = new InMemoryPostQueries(users, posts, tags, likes,
            new InMemoryUserFollows(users), new InMemoryCommentRepository(users, posts));
    private final CountingTransactions transactions = new CountingTransactions();
    private final MutableClock clock = new MutableClock(T0);

    private final CreatePostService create = new CreatePostService(posts, queries, transactions, clock);
    private final GetPostService get = new GetPostService(queries, transactions);
    private final ListPostsService list = new ListPostsService(queries, transactions);
    private final ListUserPostsService listByUser = new ListUserPostsService(users, queries, transactions);
    private final UpdatePostService update = new UpdatePostService(posts, queries, transactions, clock);
    private final DeletePostService delete = new DeletePostService(posts, transactions);
    private final RecordViewService view = new RecordViewService(posts, transactions);
    private final AddPostTagService addTag = new AddPostTagService(posts, queries, transactions, clock);
    private final RemovePostTagService removeTag = new RemovePostTagService(posts, tags, transactions, clock);
    private final LikePostService like = new LikePostService(likes, transactions);
    private final UnlikePostService unlike = new UnlikePostService(likes, transactions);

    /** Sees every post, so that these tests are about the use cases, not about visibility. */
    private static final Actor ADMIN = Actor.user(new UserId(10_000), Role.ADMIN);

    private User alice;

    private Actor asAlice() {
        return Actor.user(alice.requireId(), Role.USER);
    }

    @BeforeEach
    void storeAnAuthor() {
        alice = users.create(newUser("alice", T0));
    }

    private static List<TagName> names(String... names) {
        return Arrays.stream(names).map(TagName::of).toList();
    }

    private PostDetails createPost(String title, String... tagNames) {
        return create.create(new CreatePostCommand(asAlice(), new Title(title), new Content("Body"), Optional.empty(), false,
                names(tagNames)));
    }

    private int transactionsDuring(Runnable useCase) {
        int before = transactions.total();
        useCase.run();
        return transactions.total() - before;
    }

    @Test
    void create_returns_the_post_with_author_and_sorted_stored_tags() {
        PostDetails post = createPost("Hello", "Spring", "java", " JAVA ");

        assertThat(post.title()).isEqualTo(new Title("Hello"));
        assertThat(post.author().username()).isEqualTo(alice.username());
        assertThat(post.author().fullName()).isEqualTo(alice.fullName());
        assertThat(post.tags()).extracting(tag -> tag.name().value()).containsExactly("java", "spring");
        assertThat(post.viewCount()).isZero();
        assertThat(post.createdAt()).isEqualTo(T0).isEqualTo(post.updatedAt());
    }

    @Test
    void create_for_an_unknown_author_is_not_found_and_stores_nothing() {
        CreatePostCommand command = new CreatePostCommand(Actor.user(new UserId(999), Role.USER), new Title("T"), new Content("C"), Optional.empty(), false,
                names("java"));

        assertThatThrownBy(() -> create.create(command)).isInstanceOf(NotFoundException.class);
        assertThat(posts.all()).isEmpty();
    }

    @Test
    void create_with_eleven_tags_is_invalid_before_any_transaction() {
        List<TagName> eleven = IntStream.range(0, 11).mapToObj(i -> TagName.of("t" + i)).toList();
        CreatePostCommand command = new CreatePostCommand(asAlice(), new Title("T"), new Content("C"), Optional.empty(), false,
                eleven);

        assertThatThrownBy(() -> create.create(command)).isInstanceOf(InvalidValueException.class);
        assertThat(transactions.total()).isZero();
    }

    @Test
    void every_use_case_runs_in_exactly_one_transaction() {
        PostDetails post = createPost("One");
        PostId id = post.id();
        Tag java = addTag.addTag(new AddPostTagCommand(asAlice(), id, TagName.of("java"))).tags().get(0);

        assertThat(transactionsDuring(() -> createPost("Two"))).isEqualTo(1);
        assertThat(transactionsDuring(() -> get.get(new GetPostQuery(ADMIN, id)))).isEqualTo(1);
        assertThat(transactionsDuring(() -> list.list(new ListPostsQuery(ADMIN, PostFilter.all(), new PageRequest(0, 5)))))
                .isEqualTo(1);
        assertThat(transactionsDuring(() -> listByUser.list(
                new ListUserPostsQuery(ADMIN, alice.requireId(), new PageRequest(0, 5))))).isEqualTo(1);
        assertThat(transactionsDuring(() -> update.update(new UpdatePostCommand(asAlice(), id, Optional.of(new Title("New")),
                Optional.empty(), Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty())))).isEqualTo(1);
        assertThat(transactionsDuring(() -> view.recordView(new RecordViewCommand(ADMIN, id)))).isEqualTo(1);
        assertThat(transactionsDuring(() -> addTag.addTag(new AddPostTagCommand(asAlice(), id, TagName.of("go")))))
                .isEqualTo(1);
        assertThat(transactionsDuring(() -> removeTag.removeTag(new RemovePostTagCommand(asAlice(), id, java.id()))))
                .isEqualTo(1);
        assertThat(transactionsDuring(() -> delete.delete(new DeletePostCommand(asAlice(), id, Optional.empty())))).isEqualTo(1);
    }

    @Test
    void get_of_an_unknown_post_is_not_found() {
        assertThatThrownBy(() -> get.get(new GetPostQuery(ADMIN, new PostId(404)))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Post 404");
    }

    @Test
    void list_applies_the_filter_newest_first() {
        User bob = users.create(newUser("bob", T0));
        createPost("old", "java");
        clock.advance(Duration.ofSeconds(1));
        create.create(new CreatePostCommand(Actor.user(bob.requireId(), Role.USER), new Title("bobs"), new Content("C"), Optional.empty(), true,
                names("java")));
        clock.advance(Duration.ofSeconds(1));
        createPost("new", "go");

        Page<PostListItem> all = list.list(new ListPostsQuery(ADMIN, PostFilter.all(), new PageRequest(0, 10)));
        Page<PostListItem> java = list.list(new ListPostsQuery(ADMIN, PostFilter.byTag(TagName.of("java")),
                new PageRequest(0, 10)));
        Page<PostListItem> published = list.list(new ListPostsQuery(ADMIN, 
                new PostFilter(Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty()), new PageRequest(0, 10)));

        assertThat(all.items()).extracting(post -> post.title().value()).containsExactly("new", "bobs", "old");
        assertThat(java.items()).extracting(post -> post.title().value()).containsExactly("bobs", "old");
        assertThat(published.items()).extracting(post -> post.title().value()).containsExactly("bobs");
        assertThat(all.total()).isEqualTo(3);
    }

    @Test
    void listing_the_posts_of_an_unknown_user_is_not_found_and_of_a_known_one_is_theirs() {
        createPost("mine");

        assertThat(listByUser.list(new ListUserPostsQuery(ADMIN, alice.requireId(), new PageRequest(0, 10))).items())
                .extracting(post -> post.title().value()).containsExactly("mine");
        assertThatThrownBy(() -> listByUser.list(new ListUserPostsQuery(ADMIN, new UserId(999), new PageRequest(0, 10))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("User 999");
    }

    @Test
    void update_applies_only_the_sent_fields_and_replaces_the_tag_set() {
        PostDetails post = createPost("Title", "java", "go");
        Instant later = clock.advance(Duration.ofMinutes(1));

        PostDetails updated = update.update(new UpdatePostCommand(asAlice(), post.id(), Optional.empty(),
                Optional.of(new Content("New body")), Patch.to(new Summary("Short")), Optional.of(true),
                Optional.of(names("rust")), Optional.empty()));

        assertThat(updated.title()).isEqualTo(post.title());
        assertThat(updated.content()).isEqualTo(new Content("New body"));
        assertThat(updated.summary()).isEqualTo(new Summary("Short"));
        assertThat(updated.published()).isTrue();
        assertThat(updated.tags()).extracting(tag -> tag.name().value()).containsExactly("rust");
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.createdAt()).isEqualTo(post.createdAt());
    }

    @Test
    void an_update_that_changes_nothing_keeps_updated_at() {
        PostDetails post = createPost("Title", "java");
        clock.advance(Duration.ofMinutes(1));

        PostDetails same = update.update(new UpdatePostCommand(asAlice(), post.id(), Optional.of(new Title("Title")),
                Optional.empty(), Patch.to(null), Optional.of(false), Optional.of(names("JAVA")), Optional.empty()));

        assertThat(same).isEqualTo(post);
    }

    @Test
    void update_keeps_the_view_count() {
        PostDetails post = createPost("Title");
        view.recordView(new RecordViewCommand(ADMIN, post.id()));

        PostDetails updated = update.update(new UpdatePostCommand(asAlice(), post.id(), Optional.of(new Title("New")),
                Optional.empty(), Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(updated.viewCount()).isEqualTo(1);
    }

    @Test
    void update_delete_and_view_of_an_unknown_post_are_not_found() {
        PostId unknown = new PostId(404);

        assertThatThrownBy(() -> update.update(new UpdatePostCommand(asAlice(), unknown, Optional.empty(), Optional.empty(),
                Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(asAlice(), unknown, Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> view.recordView(new RecordViewCommand(ADMIN, unknown))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void views_count_up() {
        PostDetails post = createPost("Title");

        assertThat(view.recordView(new RecordViewCommand(ADMIN, post.id()))).isEqualTo(1);
        assertThat(view.recordView(new RecordViewCommand(ADMIN, post.id()))).isEqualTo(2);
        assertThat(get.get(new GetPostQuery(ADMIN, post.id())).viewCount()).isEqualTo(2);
    }

    @Test
    void delete_removes_the_post_and_keeps_its_tags() {
        PostDetails post = createPost("Title", "java");

        delete.delete(new DeletePostCommand(asAlice(), post.id(), Optional.empty()));

        assertThatThrownBy(() -> get.get(new GetPostQuery(ADMIN, post.id()))).isInstanceOf(NotFoundException.class);
        assertThat(tags.findByName(TagName.of("java"))).isPresent();
    }

    @Test
    void adding_a_new_tag_creates_it_and_adding_it_again_changes_nothing() {
        PostDetails post = createPost("Title");
        Instant later = clock.advance(Duration.ofMinutes(1));

        PostDetails tagged = addTag.addTag(new AddPostTagCommand(asAlice(), post.id(), TagName.of(" Java ")));
        clock.advance(Duration.ofMinutes(1));
        PostDetails again = addTag.addTag(new AddPostTagCommand(asAlice(), post.id(), TagName.of("java")));

        assertThat(tagged.tags()).extracting(tag -> tag.name().value()).containsExactly("java");
        assertThat(tagged.updatedAt()).isEqualTo(later);
        assertThat(again).isEqualTo(tagged);
    }

    @Test
    void an_eleventh_tag_is_invalid() {
        PostDetails post = createPost("Title", "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9");

        assertThatThrownBy(() -> addTag.addTag(new AddPostTagCommand(asAlice(), post.id(), TagName.of("t10"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("tags"));
    }

    @Test
    void adding_a_tag_to_an_unknown_post_is_not_found() {
        assertThatThrownBy(() -> addTag.addTag(new AddPostTagCommand(asAlice(), new PostId(404), TagName.of("java"))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void removing_a_tag_unlinks_it_and_keeps_the_tag() {
        PostDetails post = createPost("Title", "java", "go");
        Tag java = post.tags().get(1);

        removeTag.removeTag(new RemovePostTagCommand(asAlice(), post.id(), java.id()));

        assertThat(get.get(new GetPostQuery(ADMIN, post.id())).tags()).extracting(tag -> tag.name().value()).containsExactly("go");
        assertThat(tags.findById(java.id())).contains(java);
    }

    @Test
    void removing_a_tag_the_post_does_not_have_changes_nothing() {
        PostDetails post = createPost("Title", "java");
        Tag other = createPost("Other", "go").tags().get(0);
        clock.advance(Duration.ofMinutes(1));

        removeTag.removeTag(new RemovePostTagCommand(asAlice(), post.id(), other.id()));

        assertThat(get.get(new GetPostQuery(ADMIN, post.id()))).isEqualTo(post);
    }

    @Test
    void removing_from_an_unknown_post_or_an_unknown_tag_is_not_found() {
        PostDetails post = createPost("Title", "java");
        TagId java = post.tags().get(0).id();

        assertThatThrownBy(() -> removeTag.removeTag(new RemovePostTagCommand(asAlice(), new PostId(404), java)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Post");
        assertThatThrownBy(() -> removeTag.removeTag(new RemovePostTagCommand(asAlice(), post.id(), new TagId(404))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Tag");
    }

    @Test
    void only_the_author_or_an_admin_changes_a_post_and_an_anonymous_caller_must_log_in() {
        PostDetails post = createPost("Mine");
        post = update.update(new UpdatePostCommand(asAlice(), post.id(), Optional.empty(), Optional.empty(),
                Patch.unchanged(), Optional.of(true), Optional.empty(), Optional.empty()));
        PostId id = post.id();
        Actor bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);
        UpdatePostCommand retitle = new UpdatePostCommand(bob, id, Optional.of(new Title("Bob's now")),
                Optional.empty(), Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> update.update(retitle)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(bob, id, Optional.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> addTag.addTag(new AddPostTagCommand(bob, id, TagName.of("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> delete.delete(new DeletePostCommand(Actor.anonymous(), id, Optional.empty())))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThat(update.update(new UpdatePostCommand(ADMIN, id, Optional.of(new Title("Moderated")),
                Optional.empty(), Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty())).title())
                .isEqualTo(new Title("Moderated"));
        assertThat(get.get(new GetPostQuery(ADMIN, id)).title()).isEqualTo(new Title("Moderated"));
    }

    @Test
    void a_draft_does_not_exist_for_anyone_but_its_author_and_admins() {
        PostId draft = createPost("Draft").id();
        Actor bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);

        for (Actor stranger : List.of(Actor.anonymous(), bob)) {
            assertThatThrownBy(() -> get.get(new GetPostQuery(stranger, draft))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> view.recordView(new RecordViewCommand(stranger, draft)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(list.list(new ListPostsQuery(stranger, PostFilter.all(), new PageRequest(0, 10))).items())
                    .isEmpty();
        }
        assertThatThrownBy(() -> update.update(new UpdatePostCommand(bob, draft, Optional.of(new Title("x")),
                Optional.empty(), Patch.unchanged(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(NotFoundException.class);
        assertThat(get.get(new GetPostQuery(asAlice(), draft)).title()).isEqualTo(new Title("Draft"));
        assertThat(view.recordView(new RecordViewCommand(asAlice(), draft))).isEqualTo(1);
        assertThat(list.list(new ListPostsQuery(asAlice(), PostFilter.all(), new PageRequest(0, 10))).items())
                .hasSize(1);
    }

    @Test
    void liking_twice_counts_once_and_unliking_takes_it_back_each_in_one_transaction() {
        PostId id = createPost("Liked").id();
        Actor bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);
        publish(id);

        assertThat(transactionsDuring(() -> like.like(new LikePostCommand(bob, id)))).isEqualTo(1);
        assertThat(like.like(new LikePostCommand(bob, id))).isEqualTo(new LikeState(1, true));
        assertThat(like.like(new LikePostCommand(asAlice(), id))).isEqualTo(new LikeState(2, true));
        assertThat(unlike.unlike(new UnlikePostCommand(bob, id))).isEqualTo(new LikeState(1, false));
        assertThat(get.get(new GetPostQuery(asAlice(), id))).extracting(PostDetails::likeCount, PostDetails::likedByMe)
                .containsExactly(1L, true);
    }

    @Test
    void an_anonymous_caller_cannot_like_and_nobody_can_like_a_draft_they_cannot_see() {
        PostId draft = createPost("Draft").id();
        Actor bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);

        assertThatThrownBy(() -> like.like(new LikePostCommand(Actor.anonymous(), draft)))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> like.like(new LikePostCommand(bob, draft))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unlike.unlike(new UnlikePostCommand(bob, draft))).isInstanceOf(NotFoundException.class);
        assertThat(like.like(new LikePostCommand(asAlice(), draft))).isEqualTo(new LikeState(1, true));
    }

    private void publish(PostId id) {
        update.update(new UpdatePostCommand(asAlice(), id, Optional.empty(), Optional.empty(), Patch.unchanged(),
                Optional.of(true), Optional.empty(), Optional.empty()));
    }
}
