package dev.blog.application.tag.port.in;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagUsage;

public interface ListTagsUseCase {

    /** Every tag with its number of posts, ordered by name. */
    Page<TagUsage> list(PageRequest page);
}
