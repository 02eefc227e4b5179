package dev.blog.adapter.in.realworld.comment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.adapter.in.realworld.ConduitCors;
import dev.blog.adapter.in.realworld.ConduitTimes;
import dev.blog.adapter.in.realworld.article.PublishedArticles;
import dev.blog.adapter.in.realworld.error.ConduitException;
import dev.blog.adapter.in.realworld.profile.Profile;
import dev.blog.application.comment.port.in.AddCommentCommand;
import dev.blog.application.comment.port.in.AddCommentUseCase;
import dev.blog.application.comment.port.in.DeleteCommentCommand;
import dev.blog.application.comment.port.in.DeleteCommentUseCase;
import dev.blog.application.comment.port.in.GetCommentQuery;
import dev.blog.application.comment.port.in.GetCommentUseCase;
import dev.blog.application.comment.port.in.ListPostCommentsQuery;
import dev.blog.application.comment.port.in.ListPostCommentsUseCase;
import dev.blog.application.user.port.in.FollowedAmongQuery;
import dev.blog.application.user.port.in.FollowedAmongUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comments of an article, on the blog's comment use cases: list (auth optional), add and delete (auth
 * required; a comment's author, the article's author or an admin deletes, as in the blog API). The list is
 * oldest first, as the core keeps it, and read by cursor up to {@value #MOST} comments: the specification's
 * list has no pages, and a request without a bound would read every comment there is. Its authors show
 * {@code following} asked once for the whole list, like a page of articles; a comment just added shows its
 * author as the caller sees them. Hidden from the blog API's OpenAPI document (see ConduitUserController).
 */
@Controller(ConduitApi.PATH + "/articles/{slug}/comments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@CrossOrigin(allowedOriginsRegex = ConduitCors.ANY_ORIGIN, allowedHeaders = {ConduitCors.CONTENT_TYPE,
        ConduitCors.AUTHORIZATION, ConduitCors.REQUESTED_WITH}, allowCredentials = false, maxAge = ConduitCors.MAX_AGE)
@Hidden
public class ConduitCommentController {

    static final int MOST = 10 * PageRequest.MAX_LIMIT;
    private static final String COMMENT = "comment";

    private final PublishedArticles articles;
    private final AddCommentUseCase addComment;
    private final GetCommentUseCase getComment;
    private final ListPostCommentsUseCase listComments;
    private final DeleteCommentUseCase deleteComment;
    private final GetUserUseCase getUser;
    private final FollowedAmongUseCase followedAmong;

    ConduitCommentController(PublishedArticles articles, AddCommentUseCase addComment, GetCommentUseCase getComment,
                             ListPostCommentsUseCase listComments, DeleteCommentUseCase deleteComment,
                             GetUserUseCase getUser, FollowedAmongUseCase followedAmong) {
        this.articles = articles;
        this.addComment = addComment;
        this.getComment = getComment;
        this.listComments = listComments;
        this.deleteComment = deleteComment;
        this.getUser = getUser;
        this.followedAmong = followedAmong;
    }

    @Get
    Multiple list(String slug, Actor actor) {
        PostId article = articles.bySlug(slug, actor).id();
        List<CommentDetails> comments = new ArrayList<>();
        Page<CommentDetails> page = listComments.list(new ListPostCommentsQuery(actor, article,
                new PageRequest(0, PageRequest.MAX_LIMIT)));
        while (true) {
            comments.addAll(page.items());
            if (page.next().isEmpty() || comments.size() >= MOST) {
                break;
            }
            page = listComments.list(new ListPostCommentsQuery(actor, article,
                    PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT)));
        }
        Set<UserId> authors = comments.stream().map(comment -> comment.author().id()).collect(Collectors.toSet());
        Set<UserId> followed = followedAmong.followedAmong(new FollowedAmongQuery(actor, authors));
        return new Multiple(comments.stream()
                .map(comment -> of(comment, Profile.of(comment.author(), followed.contains(comment.author().id()))))
                .toList());
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Single> add(String slug, @Body @Nullable Creation request, Actor actor) {
        NewComment comment = request == null ? null : request.comment();
        if (comment == null) {
            throw ConduitException.blank(List.of(COMMENT));
        }
        ConduitException.requireNotBlank("body", comment.body());
        PostId article = articles.bySlug(slug, actor).id();
        CommentDetails added = addComment.add(new AddCommentCommand(actor, article, new CommentBody(comment.body())));
        Profile author;
        try {
            author = Profile.of(getUser.get(actor, added.author().id()));
        } catch (NotFoundException authorNotVisible) {
            author = Profile.of(added.author(), false);
        }
        return HttpResponse.status(HttpStatus.CREATED).body(new Single(of(added, author)));
    }

    /** 204. A comment of another article, like an unknown one, is a 404 "comment". */
    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    void delete(String slug, String id, Actor actor) {
        PostId article = articles.bySlug(slug, actor).id();
        CommentId commentId = commentId(id);
        if (!getComment.get(new GetCommentQuery(actor, commentId)).postId().equals(article)) {
            throw ConduitException.notFound(COMMENT);
        }
        deleteComment.delete(new DeleteCommentCommand(actor, commentId, Optional.empty()));
    }

    /** Ids are positive whole numbers in ASCII digits; anything else names no comment. */
    private static CommentId commentId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ConduitException.notFound(COMMENT);
        }
        return new CommentId(Long.parseLong(id));
    }

    private static Comment of(CommentDetails comment, Profile author) {
        return new Comment(comment.id().value(), ConduitTimes.format(comment.createdAt()),
                ConduitTimes.format(comment.updatedAt()), comment.body().value(), author);
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Creation(@Nullable NewComment comment) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NewComment(@Nullable String body) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Comment(long id, String createdAt, String updatedAt, String body, Profile author) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Single(Comment comment) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Multiple(List<Comment> comments) {
    }
}
