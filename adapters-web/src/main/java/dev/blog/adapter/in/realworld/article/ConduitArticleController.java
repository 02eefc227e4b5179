package dev.blog.adapter.in.realworld.article;

import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.adapter.in.realworld.ConduitCors;
import dev.blog.adapter.in.realworld.error.ConduitException;
import dev.blog.application.post.port.in.CreatePostCommand;
import dev.blog.application.post.port.in.CreatePostUseCase;
import dev.blog.application.post.port.in.DeletePostCommand;
import dev.blog.application.post.port.in.DeletePostUseCase;
import dev.blog.application.post.port.in.GetFeedQuery;
import dev.blog.application.post.port.in.GetFeedUseCase;
import dev.blog.application.post.port.in.GetPostQuery;
import dev.blog.application.post.port.in.GetPostUseCase;
import dev.blog.application.post.port.in.LikePostCommand;
import dev.blog.application.post.port.in.LikePostUseCase;
import dev.blog.application.post.port.in.ListPostsQuery;
import dev.blog.application.post.port.in.ListPostsUseCase;
import dev.blog.application.post.port.in.UnlikePostCommand;
import dev.blog.application.post.port.in.UnlikePostUseCase;
import dev.blog.application.post.port.in.UpdatePostCommand;
import dev.blog.application.post.port.in.UpdatePostUseCase;
import dev.blog.application.shared.Patch;
import dev.blog.application.user.port.in.GetUserByUsernameQuery;
import dev.blog.application.user.port.in.GetUserByUsernameUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.List;
import java.util.Optional;

/**
 * Articles, the feed and favorites of the RealWorld API, on the posts' use cases. Articles are always
 * published: a post written as a draft through the blog API is no article (404 here), and lists ask for
 * published posts only. A list costs what the blog API's lists cost (the same use cases), plus one question
 * for which authors the caller follows. Hidden from the blog API's OpenAPI document (see ConduitUserController).
 */
@Controller(ConduitApi.PATH + "/articles")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@CrossOrigin(allowedOriginsRegex = ConduitCors.ANY_ORIGIN, allowedHeaders = {ConduitCors.CONTENT_TYPE,
        ConduitCors.AUTHORIZATION, ConduitCors.REQUESTED_WITH}, allowCredentials = false, maxAge = ConduitCors.MAX_AGE)
@Hidden
public class ConduitArticleController {

    private static final String ARTICLE = "article";

    private final ListPostsUseCase listPosts;
    private final GetFeedUseCase feed;
    private final PublishedArticles articles;
    private final GetPostUseCase getPost;
    private final CreatePostUseCase createPost;
    private final UpdatePostUseCase updatePost;
    private final DeletePostUseCase deletePost;
    private final LikePostUseCase like;
    private final UnlikePostUseCase unlike;
    private final GetUserByUsernameUseCase getUser;
    private final ArticleViews views;

    ConduitArticleController(ListPostsUseCase listPosts, GetFeedUseCase feed, PublishedArticles articles,
                             GetPostUseCase getPost, CreatePostUseCase createPost, UpdatePostUseCase updatePost,
                             DeletePostUseCase deletePost, LikePostUseCase like, UnlikePostUseCase unlike,
                             GetUserByUsernameUseCase getUser, ArticleViews views) {
        this.listPosts = listPosts;
        this.feed = feed;
        this.articles = articles;
        this.getPost = getPost;
        this.createPost = createPost;
        this.updatePost = updatePost;
        this.deletePost = deletePost;
        this.like = like;
        this.unlike = unlike;
        this.getUser = getUser;
        this.views = views;
    }

    /**
     * Newest first, filtered by tag, author and favorited (usernames); a filter naming nothing that exists gives
     * an empty list, not a 404. {@code limit} 1..100 (default 20), {@code offset} 0..10000 (default 0).
     */
    @Get
    ArticleResponses.Multiple list(@QueryValue @Nullable String tag, @QueryValue @Nullable String author,
                                   @QueryValue @Nullable String favorited, @QueryValue @Nullable String limit,
                                   @QueryValue @Nullable String offset, Actor actor) {
        PageRequest page = page(offset, limit);
        Optional<TagName> tagName = Optional.empty();
        Optional<UserId> authorId = Optional.empty();
        Optional<UserId> likedBy = Optional.empty();
        try {
            if (tag != null) {
                tagName = Optional.of(TagName.of(tag));
            }
            if (author != null) {
                authorId = Optional.of(userNamed(author, actor));
            }
            if (favorited != null) {
                likedBy = Optional.of(userNamed(favorited, actor));
            }
        } catch (NotFoundException | InvalidValueException nothingMatches) {
            return ArticleViews.none();
        }
        PostFilter filter = new PostFilter(authorId, tagName, Optional.of(true), likedBy);
        return views.page(listPosts.list(new ListPostsQuery(actor, filter, page)), actor);
    }

    @Get("/feed")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ArticleResponses.Multiple feed(@QueryValue @Nullable String limit, @QueryValue @Nullable String offset,
                                   Actor actor) {
        return views.page(feed.feed(new GetFeedQuery(actor, page(offset, limit))), actor);
    }

    @Get("/{slug}")
    ArticleResponses.Single get(String slug, Actor actor) {
        return views.single(articles.bySlug(slug, actor), actor);
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<ArticleResponses.Single> create(@Body @Nullable ArticleRequests.Creation request, Actor actor) {
        ArticleRequests.NewArticle article = request == null ? null : request.article();
        if (article == null) {
            throw ConduitException.blank(List.of(ARTICLE));
        }
        ConduitException.requireNotBlank("title", article.title(), "description", article.description(),
                "body", article.body());
        List<TagName> tags = article.tagList() == null ? List.of() : tagNames(article.tagList());
        PostDetails created = createPost.create(new CreatePostCommand(actor, new Title(article.title()),
                new Content(article.body()), Optional.of(new Summary(article.description())), true, tags));
        return HttpResponse.status(HttpStatus.CREATED).body(views.single(created, actor));
    }

    /**
     * Only what is sent changes; the slug follows a new title. {@code tagList}: absent keeps the tags, {@code
     * []} removes them, {@code null} is a 422. {@code null} or blank title, description or body is a 422.
     */
    @Put("/{slug}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ArticleResponses.Single update(String slug, @Body @Nullable ArticleRequests.Change request, Actor actor) {
        ArticleRequests.UpdateArticle change = request == null ? null : request.article();
        if (change == null) {
            throw ConduitException.blank(List.of(ARTICLE));
        }
        List<String> blank = new java.util.ArrayList<>();
        if (change.sent("title") && isBlank(change.getTitle())) {
            blank.add("title");
        }
        if (change.sent("description") && isBlank(change.getDescription())) {
            blank.add("description");
        }
        if (change.sent("body") && isBlank(change.getBody())) {
            blank.add("body");
        }
        if (!blank.isEmpty()) {
            throw ConduitException.blank(blank);
        }
        if (change.sent("tagList") && change.getTagList() == null) {
            throw ConduitException.invalid("tagList", "can't be null; send [] to remove every tag");
        }
        PostId id = articles.bySlug(slug, actor).id();
        UpdatePostCommand command = new UpdatePostCommand(actor, id,
                Optional.ofNullable(change.getTitle()).map(Title::new),
                Optional.ofNullable(change.getBody()).map(Content::new),
                change.sent("description") ? Patch.to(new Summary(change.getDescription())) : Patch.unchanged(),
                Optional.empty(),
                change.sent("tagList") ? Optional.of(tagNames(change.getTagList())) : Optional.empty(),
                Optional.empty());
        return views.single(updatePost.update(command), actor);
    }

    @Delete("/{slug}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    void delete(String slug, Actor actor) {
        deletePost.delete(new DeletePostCommand(actor, articles.bySlug(slug, actor).id(), Optional.empty()));
    }

    @Post("/{slug}/favorite")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ArticleResponses.Single favorite(String slug, Actor actor) {
        PostId id = articles.bySlug(slug, actor).id();
        like.like(new LikePostCommand(actor, id));
        return views.single(getPost.get(new GetPostQuery(actor, id)), actor);
    }

    @Delete("/{slug}/favorite")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ArticleResponses.Single unfavorite(String slug, Actor actor) {
        PostId id = articles.bySlug(slug, actor).id();
        unlike.unlike(new UnlikePostCommand(actor, id));
        return views.single(getPost.get(new GetPostQuery(actor, id)), actor);
    }

    /** @throws NotFoundException or InvalidValueException when the name is no user's */
    private UserId userNamed(String username, Actor actor) {
        return getUser.get(new GetUserByUsernameQuery(actor, new Username(username))).user().requireId();
    }

    private static List<TagName> tagNames(List<String> names) {
        return names.stream().map(name -> {
            if (name == null) {
                throw ConduitException.invalid("tagList", "can't contain null");
            }
            return TagName.of(name);
        }).toList();
    }

    private static PageRequest page(@Nullable String offset, @Nullable String limit) {
        return new PageRequest(number("offset", offset, 0), number("limit", limit, PageRequest.DEFAULT_LIMIT));
    }

    private static int number(String name, @Nullable String value, int absent) {
        if (value == null) {
            return absent;
        }
        if (!value.matches("[0-9]{1,9}")) {
            throw ConduitException.invalid(name, "must be a whole number written in the digits 0-9");
        }
        return Integer.parseInt(value);
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
