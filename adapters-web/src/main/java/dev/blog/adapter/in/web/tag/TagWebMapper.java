package dev.blog.adapter.in.web.tag;

import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface TagWebMapper {

    @Mapping(target = "id", source = "tag.id")
    @Mapping(target = "name", source = "tag.name")
    TagUsageResponse toResponse(TagUsage usage);

    default long fromTagId(TagId id) {
        return id.value();
    }

    default String fromTagName(TagName name) {
        return name.value();
    }
}
