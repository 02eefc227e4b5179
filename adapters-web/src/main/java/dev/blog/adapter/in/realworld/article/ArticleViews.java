package dev.blog.adapter.in.realworld.article;

import dev.blog.adapter.in.realworld.ConduitTimes;
import dev.blog.adapter.in.realworld.profile.Profile;
import dev.blog.application.user.port.in.FollowedAmongQuery;
import dev.blog.application.user.port.in.FollowedAmongUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.user.UserId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Posts as RealWorld articles: description is the summary (or, for a post written without one through the
 * blog API, the excerpt lists show), body the content, tagList the tag names, favorited and favoritesCount
 * the caller's like and the likes. The author is a profile: for one article the author as the caller sees
 * them (one more use case call); for a page, who of its authors the caller follows is asked once for the whole
 * page ({@link FollowedAmongUseCase}), so a page costs the same statements at any size.
 */
@Singleton
final class ArticleViews {

    private final GetUserUseCase getUser;
    private final FollowedAmongUseCase followedAmong;

    ArticleViews(GetUserUseCase getUser, FollowedAmongUseCase followedAmong) {
        this.getUser = getUser;
        this.followedAmong = followedAmong;
    }

    ArticleResponses.Single single(PostDetails post, Actor actor) {
        Profile author;
        try {
            author = Profile.of(getUser.get(actor, post.author().id()));
        } catch (NotFoundException authorNotVisible) {
            author = Profile.of(post.author(), false);
        }
        String description = PostListItem.summaryOf(post.summary(), post.content().value());
        return new ArticleResponses.Single(new ArticleResponses.Article(post.slug().value(), post.title().value(),
                description, post.content().value(), names(post.tags()), format(post.createdAt()),
                format(post.updatedAt()), post.likedByMe(), post.likeCount(), author));
    }

    ArticleResponses.Multiple page(Page<PostListItem> page, Actor actor) {
        Set<UserId> authors = page.items().stream().map(item -> item.author().id()).collect(Collectors.toSet());
        Set<UserId> followed = followedAmong.followedAmong(new FollowedAmongQuery(actor, authors));
        List<ArticleResponses.ListedArticle> articles = page.items().stream()
                .map(item -> new ArticleResponses.ListedArticle(item.slug().value(), item.title().value(),
                        item.summary(), names(item.tags()), format(item.createdAt()), format(item.updatedAt()),
                        item.likedByMe(), item.likeCount(),
                        Profile.of(item.author(), followed.contains(item.author().id()))))
                .toList();
        return new ArticleResponses.Multiple(articles, page.total());
    }

    static ArticleResponses.Multiple none() {
        return new ArticleResponses.Multiple(List.of(), 0);
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(tag -> tag.name().value()).toList();
    }

    private static String format(Instant instant) {
        return ConduitTimes.format(instant);
    }
}
