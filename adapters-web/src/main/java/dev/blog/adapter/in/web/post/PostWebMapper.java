package dev.blog.adapter.in.web.post;

import dev.blog.domain.access.Actor;
import dev.blog.adapter.in.web.Timestamps;
import dev.blog.application.post.port.in.CreatePostCommand;
import dev.blog.application.post.port.in.UpdatePostCommand;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Summary;
import dev.blog.application.shared.Patch;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.Title;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, uses = Timestamps.class)
public interface PostWebMapper {

    PostResponse toResponse(PostDetails post);

    PostListItemResponse toListResponse(PostListItem post);

    /** An absent {@code published} makes a draft, absent {@code tags} no tags. */
    default CreatePostCommand toCommand(Actor author, CreatePostRequest request) {
        return new CreatePostCommand(author, new Title(request.title()), new Content(request.content()),
                Optional.ofNullable(request.summary()).map(Summary::new), Boolean.TRUE.equals(request.published()),
                request.tags() == null ? List.of() : tagNames(request.tags()));
    }

    /** Merge-patch semantics: an absent field stays as it is; {@code null} clears the summary, and is invalid elsewhere. */
    default UpdatePostCommand toCommand(Actor actor, long id, UpdatePostRequest request, Optional<Long> ifMatch) {
        return new UpdatePostCommand(actor, new PostId(id),
                required(request, "title", request.getTitle(), Title::new),
                required(request, "content", request.getContent(), Content::new),
                request.sent("summary") ? Patch.to(request.getSummary()).map(Summary::new) : Patch.unchanged(),
                required(request, "published", request.getPublished(), Function.identity()),
                required(request, "tags", request.getTags(), PostWebMapper::tagNames), ifMatch);
    }

    /**
     * {@code published} arrives as text because the framework would read anything but "true", "yes",
     * "on" and "y" as false, and the contract wants a typo to be a 400, not a silently different list.
     */
    default PostFilter toFilter(Long authorId, String tag, String published, Long likedBy) {
        return new PostFilter(Optional.ofNullable(authorId).map(UserId::new),
                Optional.ofNullable(tag).map(raw -> tagName("tag", raw)),
                Optional.ofNullable(published).map(PostWebMapper::strictBoolean),
                Optional.ofNullable(likedBy).map(UserId::new));
    }

    default TagName toTagName(String name) {
        return TagName.of(name);
    }

    private static <S, T> Optional<T> required(UpdatePostRequest request, String field, S value,
                                               Function<S, T> convert) {
        if (!request.sent(field)) {
            return Optional.empty();
        }
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return Optional.of(convert.apply(value));
    }

    private static boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("published", "must be true or false");
        };
    }

    private static List<TagName> tagNames(List<String> names) {
        return names.stream().map(name -> tagName("tags", name)).toList();
    }

    /** The domain blames its own field, "name"; the client sent the value as {@code field}. */
    private static TagName tagName(String field, String raw) {
        try {
            return TagName.of(raw);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    default long fromPostId(PostId id) {
        return id.value();
    }

    default String fromSlug(Slug slug) {
        return slug.value();
    }

    default String fromTitle(Title title) {
        return title.value();
    }

    default String fromContent(Content content) {
        return content.value();
    }

    default String fromSummary(Summary summary) {
        return summary == null ? null : summary.value();
    }

    default long fromUserId(UserId id) {
        return id.value();
    }

    default String fromUsername(Username username) {
        return username.value();
    }

    default String fromImageUrl(ImageUrl imageUrl) {
        return imageUrl == null ? null : imageUrl.value();
    }

    default String fromFullName(FullName fullName) {
        return fullName == null ? null : fullName.value();
    }

    default long fromTagId(TagId id) {
        return id.value();
    }

    default String fromTagName(TagName name) {
        return name.value();
    }
}
