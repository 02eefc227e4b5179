package dev.blog.adapter.out.persistence.tag;

import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Rows to domain values; the value objects re-check every invariant on the way in. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface TagRowMapper {

    Tag toTag(TagRow row);

    @Mapping(target = "tag", source = "row")
    TagUsage toUsage(TagUsageRow row);

    default Tag toTag(TagUsageRow row) {
        return new Tag(new TagId(row.id()), new TagName(row.name()));
    }

    default TagId toTagId(long id) {
        return new TagId(id);
    }

    default TagName toTagName(String name) {
        return new TagName(name);
    }
}
