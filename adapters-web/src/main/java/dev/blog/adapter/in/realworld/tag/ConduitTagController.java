package dev.blog.adapter.in.realworld.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.realworld.ConduitApi;
import dev.blog.adapter.in.realworld.ConduitCors;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagUsage;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.cors.CrossOrigin;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"tags": [...]}}: the tags of published articles, by name. The specification's list has no pages; the
 * core's has, so this reads them by cursor, up to {@value #MOST} tags (ten pages): a front end shows them as a
 * cloud, and a list without a bound would let one request read every tag there is. Hidden from the blog API's
 * OpenAPI document (see ConduitUserController).
 */
@Controller(ConduitApi.PATH + "/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@CrossOrigin(allowedOriginsRegex = ConduitCors.ANY_ORIGIN, allowedHeaders = {ConduitCors.CONTENT_TYPE,
        ConduitCors.AUTHORIZATION, ConduitCors.REQUESTED_WITH}, allowCredentials = false, maxAge = ConduitCors.MAX_AGE)
@Hidden
public class ConduitTagController {

    static final int MOST = 10 * PageRequest.MAX_LIMIT;

    private final ListTagsUseCase listTags;

    ConduitTagController(ListTagsUseCase listTags) {
        this.listTags = listTags;
    }

    @Get
    TagsResponse tags() {
        List<String> names = new ArrayList<>();
        Page<TagUsage> page = listTags.list(new PageRequest(0, PageRequest.MAX_LIMIT));
        int read = 0;
        while (true) {
            read += page.items().size();
            page.items().stream().filter(usage -> usage.postCount() > 0)
                    .forEach(usage -> names.add(usage.tag().name().value()));
            if (page.next().isEmpty() || read >= MOST) {
                return new TagsResponse(names);
            }
            page = listTags.list(PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TagsResponse(List<String> tags) {
    }
}
