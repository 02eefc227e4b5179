package dev.blog.adapter.out.persistence.post;

import dev.blog.adapter.out.persistence.AuthorColumns;
import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Rows to aggregates and back; the aggregates' constructors re-check every invariant on the way in. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface PostRowMapper {

    PostRow toRow(Post post);

    // MapStruct takes Post#withId and #withVersion for fluent setters; the constructor already sets both.
    @Mapping(target = "withId", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    @Mapping(target = "tags", source = "tagNames")
    Post toPost(PostRow row, List<String> tagNames);

    @Mapping(target = "author", source = "row")
    @Mapping(target = "tags", source = "tags")
    PostDetails toDetails(PostDetailsRow row, List<Tag> tags);

    default PostListItem toListItem(PostListRow row, List<Tag> tags) {
        Summary summary = toSummary(row.summary());
        return new PostListItem(new PostId(row.id()), new Slug(row.slug()), new Title(row.title()),
                PostListItem.summaryOf(summary, row.contentStart()), row.published(), row.viewCount(),
                row.likeCount(), row.likedByMe(), row.commentCount(),
                AuthorColumns.toAuthor(row.authorId(), row.authorUsername(), row.authorFullName(),
                        row.authorImageUrl(), row.authorBio()),
                tags, row.createdAt(), row.updatedAt());
    }

    default AuthorSummary toAuthor(PostDetailsRow row) {
        return AuthorColumns.toAuthor(row.authorId(), row.authorUsername(), row.authorFullName(),
                row.authorImageUrl(), row.authorBio());
    }

    default Tag toTag(PostTagRow row) {
        return new Tag(new TagId(row.id()), new TagName(row.name()));
    }

    default SortedSet<TagName> toTagNames(List<String> names) {
        SortedSet<TagName> tagNames = new TreeSet<>();
        names.forEach(name -> tagNames.add(new TagName(name)));
        return tagNames;
    }

    default Long fromPostId(PostId id) {
        return id == null ? null : id.value();
    }

    default PostId toPostId(Long id) {
        return id == null ? null : new PostId(id);
    }

    default PostId toStoredPostId(long id) {
        return new PostId(id);
    }

    default long fromUserId(UserId id) {
        return id.value();
    }

    default UserId toUserId(long id) {
        return new UserId(id);
    }

    default Slug toSlug(String slug) {
        return new Slug(slug);
    }

    default String fromTitle(Title title) {
        return title.value();
    }

    default Title toTitle(String title) {
        return new Title(title);
    }

    default String fromContent(Content content) {
        return content.value();
    }

    default Content toContent(String content) {
        return new Content(content);
    }

    default String fromSummary(Summary summary) {
        return summary == null ? null : summary.value();
    }

    default Summary toSummary(String summary) {
        return summary == null ? null : new Summary(summary);
    }
}
