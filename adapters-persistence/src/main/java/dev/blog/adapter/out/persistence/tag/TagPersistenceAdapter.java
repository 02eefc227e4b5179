package dev.blog.adapter.out.persistence.tag;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.tag.port.TagRepository;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tags on PostgreSQL. Callers run it inside a transaction (the Transactions port). */
@Singleton
final class TagPersistenceAdapter implements TagRepository {

    private final TagRowRepository rows;
    private final TagRowMapper mapper;

    TagPersistenceAdapter(TagRowRepository rows, TagRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    /**
     * Two statements: the insert skips names that exist, and the select, a new statement with a new
     * snapshot under READ COMMITTED, also sees the names other transactions committed while it waited.
     */
    @Override
    public List<Tag> getOrCreate(Set<TagName> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String[] values = names.stream().map(TagName::value).toArray(String[]::new);
        rows.insertMissing(values);
        List<Tag> tags = rows.findByNames(values).stream().map(mapper::toTag).toList();
        if (tags.size() != names.size()) {
            throw new IllegalStateException("expected the tags " + names + " but found " + tags);
        }
        return tags;
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return rows.findById(id.value()).map(mapper::toTag);
    }

    @Override
    public Optional<Tag> findByName(TagName name) {
        return rows.findByName(name.value()).map(mapper::toTag);
    }

    @Override
    public Page<TagUsage> findUsagePage(PageRequest page) {
        String afterName = page.after(Position.AfterName.class).map(Position.AfterName::name).orElse(null);
        List<TagUsage> usages = rows.findUsageWindow(afterName, page.offset(), page.fetchSize()).stream()
                .map(mapper::toUsage).toList();
        return Page.of(usages, page, rows.countAll(Page.COUNT_LIMIT),
                usage -> new Position.AfterName(usage.tag().name().value()));
    }
}
