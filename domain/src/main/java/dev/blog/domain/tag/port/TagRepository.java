package dev.blog.domain.tag.port;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where tags live. Names are unique; a tag is never deleted, not even when no post carries it any more. */
public interface TagRepository {

    /**
     * The tags with these names, sorted by name, creating the missing ones. Safe under concurrency: when
     * another transaction creates the same name meanwhile, both end up with that one tag and neither fails.
     */
    List<Tag> getOrCreate(Set<TagName> names);

    Optional<Tag> findById(TagId id);

    Optional<Tag> findByName(TagName name);

    /** Every tag with its number of posts, ordered by name. */
    Page<TagUsage> findUsagePage(PageRequest page);
}
