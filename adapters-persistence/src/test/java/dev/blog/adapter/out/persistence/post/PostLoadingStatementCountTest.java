package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.application.post.port.in.GetPostQuery;
import dev.blog.domain.user.Role;
import dev.blog.domain.access.Actor;
import dev.blog.adapter.out.persistence.StatementCounter;
import dev.blog.application.post.port.in.ListPostsQuery;
import dev.blog.application.post.service.GetPostService;
import dev.blog.application.post.service.ListPostsService;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.blog.testsupport.post.Posts.newPost;
import static dev.blog.testsupport.post.Posts.newPublishedPost;
import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loading rule, measured: the statements the adapters execute for a page of posts with authors and
 * tags do not grow with the size of the page. Counted at the DataSource, below everything we wrote.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostLoadingStatementCountTest implements TestPropertyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PostLoadingStatementCountTest.class);
    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final int POSTS = 120;
    private static final int MAX_STATEMENTS_PER_PAGE = 4;
    private static final int MAX_STATEMENTS_PER_POST = 3;

    @Inject
    StatementCounter counter;

    @Inject
    PostRepository posts;

    @Inject
    PostQueries queries;

    @Inject
    UserRepository users;

    @Inject
    TagRepository tags;

    @Inject
    Transactions transactions;

    @Inject
    PostLikes likes;

    @Inject
    UserFollows follows;

    @Inject
    CommentRepository comments;

    @Inject
    CommentQueries commentQueries;

    private final List<Post> stored = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put(StatementCounter.ENABLED, "true");
        return properties;
    }

    /**
     * 120 posts by 7 authors, each with one to four of eight tags; every fifth a draft. The first author
     * likes every third post, the others every post by the author before them.
     */
    @BeforeAll
    void storePosts() {
        TestDatabase.get().truncateAllTables();
        List<User> authors = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "author" + i;
            authors.add(transactions.inTransaction(() -> users.create(newUser(name, T0))));
        }
        for (int i = 0; i < POSTS; i++) {
            String[] tags = new String[1 + i % 4];
            for (int t = 0; t < tags.length; t++) {
                tags[t] = "tag" + (i + t) % 8;
            }
            UserId author = authors.get(i % authors.size()).requireId();
            Post post = i % 5 == 0 ? newPost(author, "post" + i, T0.plusSeconds(i), tags)
                    : newPublishedPost(author, "post" + i, T0.plusSeconds(i), tags);
            stored.add(transactions.inTransaction(() -> posts.create(post)));
        }
        for (Post post : stored) {
            int author = authors.indexOf(authors.stream().filter(a -> a.requireId().equals(post.authorId()))
                    .findFirst().orElseThrow());
            List<User> likers = new ArrayList<>(List.of(authors.get((author + 1) % authors.size())));
            if (stored.indexOf(post) % 3 == 0) {
                likers.add(authors.get(0));
            }
            for (User liker : likers) {
                transactions.inTransaction(() -> likes.like(post.requireId(), liker.requireId(), PostVisibility.everything()));
            }
        }
        // Every published post gets a comment by the next author; the second post a conversation of 150.
        for (Post post : stored) {
            for (int c = 0; c < (stored.indexOf(post) == 1 ? 150 : 1); c++) {
                User commenter = authors.get(c % authors.size());
                Comment comment = Comment.create(post.requireId(), commenter.requireId(),
                        new CommentBody("comment " + c), T0.plusSeconds(1000 + c));
                transactions.inTransaction(() -> comments.create(comment, PostVisibility.everything()));
            }
        }
        viewer = Optional.of(authors.get(0).requireId());
    }

    /** Asks as the first author, so that every page also answers likedByMe. */
    private Optional<UserId> viewer;

    private <T> Measured<T> measure(Supplier<T> read) {
        counter.reset();
        T result = transactions.readOnly(read);
        return new Measured<>(result, counter.statements());
    }

    private record Measured<T>(T result, List<String> statements) {
    }

    @Test
    void a_page_of_100_costs_as_many_statements_as_a_page_of_1() {
        Measured<Page<PostListItem>> one = measure(() -> queries.findPage(PostFilter.all(), new PageRequest(0, 1), viewer));
        Measured<Page<PostListItem>> hundred = measure(() -> queries.findPage(PostFilter.all(),
                new PageRequest(0, 100), viewer));
        LOG.info("Statements for a page of 1: {}, for a page of 100: {}", one.statements().size(),
                hundred.statements().size());

        assertThat(one.result().items()).hasSize(1);
        assertThat(hundred.result().items()).hasSize(100);
        assertThat(hundred.result().items()).allSatisfy(post -> {
            assertThat(post.author()).isNotNull();
            assertThat(post.tags()).isNotEmpty();
            assertThat(post.likeCount()).isPositive();
            assertThat(post.commentCount()).isPositive();
        });
        assertThat(hundred.result().items()).filteredOn(PostListItem::likedByMe).isNotEmpty();
        assertThat(one.statements()).as("statements seen by the counter").isNotEmpty();
        assertThat(hundred.statements()).hasSameSizeAs(one.statements());
        assertThat(hundred.statements().size()).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
    }

    @Test
    void a_page_of_comments_costs_the_same_statements_whatever_its_size_and_position() {
        Post discussed = stored.get(1);
        Measured<Optional<Page<CommentDetails>>> one = measure(() -> commentQueries.findPage(discussed.requireId(),
                PostVisibility.everything(), new PageRequest(0, 1)));
        Measured<Optional<Page<CommentDetails>>> hundred = measure(() -> commentQueries.findPage(
                discussed.requireId(), PostVisibility.everything(), new PageRequest(0, 100)));
        Measured<Optional<Page<CommentDetails>>> after = measure(() -> commentQueries.findPage(discussed.requireId(),
                PostVisibility.everything(), PageRequest.after(one.result().orElseThrow().next().orElseThrow(), 100)));
        LOG.info("Statements for a page of 1 comment: {}, for a page of 100: {}", one.statements().size(),
                hundred.statements().size());

        assertThat(hundred.result().orElseThrow().items()).hasSize(100)
                .allSatisfy(comment -> assertThat(comment.author().username()).isNotNull());
        assertThat(hundred.result().orElseThrow().total()).isEqualTo(150);
        assertThat(after.result().orElseThrow().items()).hasSize(100);
        assertThat(one.statements()).isNotEmpty();
        assertThat(hundred.statements()).hasSameSizeAs(one.statements());
        assertThat(after.statements()).hasSameSizeAs(one.statements());
        assertThat(hundred.statements().size()).isLessThanOrEqualTo(3);
    }

    @Test
    void every_filter_keeps_the_count_constant() {
        List<PostFilter> filters = List.of(
                PostFilter.byTag(TagName.of("tag3")),
                PostFilter.byAuthor(stored.get(0).authorId()),
                new PostFilter(Optional.of(stored.get(0).authorId()), Optional.of(TagName.of("tag0")),
                        Optional.of(false), Optional.empty()),
                PostFilter.likedBy(viewer.orElseThrow()),
                new PostFilter(Optional.empty(), Optional.of(TagName.of("tag1")), Optional.empty(), viewer));
        for (PostFilter filter : filters) {
            int small = measure(() -> queries.findPage(filter, new PageRequest(0, 1), viewer)).statements().size();
            int large = measure(() -> queries.findPage(filter, new PageRequest(0, 100), viewer)).statements().size();

            assertThat(large).as("statements for %s", filter).isEqualTo(small).isPositive()
                    .isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        }
    }

    @Test
    void a_keyset_page_costs_as_many_statements_as_an_offset_page_whatever_its_size_and_filter() {
        for (PostFilter filter : List.of(PostFilter.all(), PostFilter.byTag(TagName.of("tag3")),
                PostFilter.likedBy(viewer.orElseThrow()))) {
            Page<PostListItem> first = measure(() -> queries.findPage(filter, new PageRequest(0, 5), Optional.empty())).result();
            PageRequest after1 = PageRequest.after(first.next().orElseThrow(), 1);
            PageRequest after100 = PageRequest.after(first.next().orElseThrow(), 100);
            int offsetPage = measure(() -> queries.findPage(filter, new PageRequest(0, 1), Optional.empty())).statements().size();
            int small = measure(() -> queries.findPage(filter, after1, Optional.empty())).statements().size();
            int large = measure(() -> queries.findPage(filter, after100, Optional.empty())).statements().size();

            assertThat(large).as("statements for a keyset page of %s", filter).isEqualTo(small)
                    .isEqualTo(offsetPage).isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        }
    }

    @Test
    void a_page_of_tags_costs_the_same_statements_whatever_its_size_position_and_post_counts() {
        Measured<Page<TagUsage>> one = measure(() -> tags.findUsagePage(new PageRequest(0, 1)));
        Measured<Page<TagUsage>> all = measure(() -> tags.findUsagePage(new PageRequest(0, 100)));
        Measured<Page<TagUsage>> after = measure(() -> tags.findUsagePage(
                PageRequest.after(one.result().next().orElseThrow(), 100)));

        assertThat(all.result().items()).hasSize(8).allSatisfy(usage -> assertThat(usage.postCount()).isPositive());
        assertThat(after.result().items()).hasSize(7);
        assertThat(one.statements()).isNotEmpty();
        assertThat(all.statements()).hasSameSizeAs(one.statements()).hasSizeLessThanOrEqualTo(2);
        assertThat(after.statements()).hasSameSizeAs(one.statements());
    }

    @Test
    void the_use_cases_cost_the_same_as_the_adapter() {
        ListPostsService list = new ListPostsService(queries, transactions);
        GetPostService get = new GetPostService(queries, transactions);

        counter.reset();
        list.list(new ListPostsQuery(Actor.user(stored.get(0).authorId(), Role.ADMIN), PostFilter.all(), new PageRequest(0, 1)));
        int one = counter.statements().size();
        counter.reset();
        list.list(new ListPostsQuery(Actor.user(stored.get(0).authorId(), Role.ADMIN), PostFilter.all(), new PageRequest(0, 100)));
        int hundred = counter.statements().size();
        counter.reset();
        get.get(new GetPostQuery(Actor.user(stored.get(5).authorId(), Role.USER), stored.get(5).requireId()));
        int single = counter.statements().size();

        assertThat(hundred).isEqualTo(one).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        assertThat(single).isPositive().isLessThanOrEqualTo(MAX_STATEMENTS_PER_POST);
    }

    @Test
    void a_single_post_costs_at_most_three_statements() {
        Post post = stored.get(POSTS - 1);

        Measured<Optional<PostDetails>> single = measure(() -> queries.findById(post.requireId(), viewer));
        LOG.info("Statements for a single post: {}", single.statements().size());

        assertThat(single.result()).hasValueSatisfying(found -> assertThat(found.tags()).hasSize(4));
        assertThat(single.statements()).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_STATEMENTS_PER_POST);
    }

    @Test
    void a_page_of_the_feed_costs_the_same_statements_whatever_its_size_and_position() {
        UserId follower = viewer.orElseThrow();
        for (User author : transactions.readOnly(() -> users.findPage(UserFilter.all(), new PageRequest(0, 10))).items()) {
            if (!author.requireId().equals(follower)) {
                transactions.inTransaction(() -> follows.follow(new Follow(follower, author.requireId()), T0));
            }
        }

        Measured<Page<PostListItem>> one = measure(() -> queries.findFeed(follower, new PageRequest(0, 1)));
        Measured<Page<PostListItem>> hundred = measure(() -> queries.findFeed(follower, new PageRequest(0, 100)));
        Measured<Page<PostListItem>> after = measure(() -> queries.findFeed(follower,
                PageRequest.after(one.result().next().orElseThrow(), 100)));

        assertThat(hundred.result().items()).hasSizeGreaterThan(50)
                .allSatisfy(post -> assertThat(post.author().id()).isNotEqualTo(follower));
        assertThat(hundred.statements()).hasSameSizeAs(one.statements()).hasSizeLessThanOrEqualTo(MAX_STATEMENTS_PER_PAGE);
        assertThat(after.statements()).hasSameSizeAs(one.statements());
    }
}
