package dev.blog.application.tag.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.tag.port.TagRepository;

public final class ListTagsService implements ListTagsUseCase {

    private final TagRepository tags;
    private final Transactions transactions;

    public ListTagsService(TagRepository tags, Transactions transactions) {
        this.tags = tags;
        this.transactions = transactions;
    }

    @Override
    public Page<TagUsage> list(PageRequest page) {
        return transactions.readOnly(() -> tags.findUsagePage(page));
    }
}
