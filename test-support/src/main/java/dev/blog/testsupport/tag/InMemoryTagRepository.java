package dev.blog.testsupport.tag;

import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.tag.port.TagRepository;

import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link TagRepository} in memory. It also holds which posts carry which tag, as the database's
 * {@code post_tags} table does, because tag usage counts depend on it.
 */
public final class InMemoryTagRepository implements TagRepository {

    private final Map<TagName, Tag> tagsByName = new TreeMap<>();
    private final Map<PostId, Set<TagName>> linksByPost = new HashMap<>();
    private final Set<PostId> publishedPosts = new HashSet<>();
    private long sequence;

    @Override
    public synchronized List<Tag> getOrCreate(Set<TagName> names) {
        return names.stream().sorted().map(this::getOrCreate).toList();
    }

    private Tag getOrCreate(TagName name) {
        return tagsByName.computeIfAbsent(name, newName -> new Tag(new TagId(++sequence), newName));
    }

    @Override
    public synchronized Optional<Tag> findById(TagId id) {
        return tagsByName.values().stream().filter(tag -> tag.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<Tag> findByName(TagName name) {
        return Optional.ofNullable(tagsByName.get(name));
    }

    @Override
    public synchronized Page<TagUsage> findUsagePage(PageRequest page) {
        Optional<String> after = page.after(Position.AfterName.class).map(Position.AfterName::name);
        List<TagUsage> window = tagsByName.values().stream()
                .filter(tag -> after.map(name -> tag.name().value().compareTo(name) > 0).orElse(true))
                .skip(page.offset())
                .limit(page.fetchSize())
                .map(tag -> new TagUsage(tag, postCount(tag.name())))
                .toList();
        return Page.of(window, page, tagsByName.size(), usage -> new Position.AfterName(usage.tag().name().value()));
    }

    /**
     * Makes {@code names} the tags of the post, creating missing tags, as storing a post does; only a
     * published post counts for a tag's number of posts.
     */
    public synchronized void link(PostId post, Collection<TagName> names, boolean published) {
        names.forEach(this::getOrCreate);
        linksByPost.put(post, Set.copyOf(names));
        if (published) {
            publishedPosts.add(post);
        } else {
            publishedPosts.remove(post);
        }
    }

    /** Forgets the post's links, as deleting a post does; the tags stay. */
    public synchronized void unlink(PostId post) {
        linksByPost.remove(post);
        publishedPosts.remove(post);
    }

    private long postCount(TagName name) {
        return linksByPost.entrySet().stream()
                .filter(link -> publishedPosts.contains(link.getKey()) && link.getValue().contains(name)).count();
    }
}
