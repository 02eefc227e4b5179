package dev.blog.domain.post.port;

import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where posts live, with the links to their tags. Storing a post creates the tags it names that do not
 * exist yet, the same race-safe way as {@link dev.blog.domain.tag.port.TagRepository#getOrCreate}.
 * Reading posts for display is {@link PostQueries}' job.
 */
public interface PostRepository {

    /**
     * Stores a post that has no id yet and returns it with the id the store assigned. The post gets the
     * slug of its title ({@link dev.blog.domain.post.Slug#fromTitle}), or, when another post has that, its
     * next numbered variant: decided at the moment of storing, so concurrent posts with one title all get
     * distinct slugs.
     *
     * @throws dev.blog.domain.shared.NotFoundException when its author does not exist
     */
    Post create(Post post);

    /**
     * Replaces title, content, published, tags and {@code updatedAt} of a stored post; never its view count.
     * The slug follows the title as on {@link #create}, unless the new title still gives the slug the post
     * has (numbered variant included): then it stays.
     */
    Post update(Post post);

    /**
     * Loads a post in order to change it: until the surrounding transaction ends, other changes of the
     * same post wait, so that no read-modify-write loses another's change.
     */
    Optional<Post> findForUpdate(PostId id);

    /** @return whether there was such a post */
    boolean deleteById(PostId id);

    /**
     * Counts one view in a single atomic step, so concurrent views lose no increment, of a post the viewer
     * may see.
     *
     * @return the new view count, empty when there is no such post or it is not visible
     */
    OptionalLong incrementViewCount(PostId id, PostVisibility visibility);
}
