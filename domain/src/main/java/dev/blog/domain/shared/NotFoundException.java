package dev.blog.domain.shared;

public final class NotFoundException extends DomainException {

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
