package dev.blog.application.post.port.in;

public interface RemovePostTagUseCase {

    /**
     * Unlinks the tag from the post; the tag itself stays. Removing a tag the post does not have changes
     * nothing.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post or no such tag
     */
    void removeTag(RemovePostTagCommand command);
}
