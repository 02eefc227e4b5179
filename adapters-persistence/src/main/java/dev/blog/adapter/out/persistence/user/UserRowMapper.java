package dev.blog.adapter.out.persistence.user;

import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** Rows to aggregates and back; the aggregate's constructor re-checks every invariant on the way in. */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA)
interface UserRowMapper {

    UserRow toRow(User user);

    // MapStruct takes User#withId and #withVersion for fluent setters; the constructor already sets both.
    @Mapping(target = "withId", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    User toUser(UserRow row);

    default Long fromUserId(UserId id) {
        return id == null ? null : id.value();
    }

    default UserId toUserId(Long id) {
        return id == null ? null : new UserId(id);
    }

    default String fromUsername(Username username) {
        return username.value();
    }

    default Username toUsername(String username) {
        return new Username(username);
    }

    default String fromEmail(Email email) {
        return email.value();
    }

    default Email toEmail(String email) {
        return new Email(email);
    }

    default String fromPasswordHash(PasswordHash hash) {
        return hash.value();
    }

    default PasswordHash toPasswordHash(String hash) {
        return new PasswordHash(hash);
    }

    default String fromFullName(FullName fullName) {
        return fullName == null ? null : fullName.value();
    }

    default String fromImageUrl(ImageUrl imageUrl) {
        return imageUrl == null ? null : imageUrl.value();
    }

    default ImageUrl toImageUrl(String imageUrl) {
        return imageUrl == null ? null : new ImageUrl(imageUrl);
    }

    default FullName toFullName(String fullName) {
        return fullName == null ? null : new FullName(fullName);
    }

    default String fromBio(Bio bio) {
        return bio == null ? null : bio.value();
    }

    default Bio toBio(String bio) {
        return bio == null ? null : new Bio(bio);
    }
}
