package dev.blog.adapter.in.web.user;

import dev.blog.adapter.in.web.Timestamps;
import dev.blog.application.shared.Patch;
import dev.blog.application.user.port.in.RegisterUserCommand;
import dev.blog.application.user.port.in.UpdateUserCommand;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

import java.util.Optional;
import java.util.function.Function;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, uses = Timestamps.class)
interface UserWebMapper {

    PrivateUserResponse toPrivateResponse(User user, FollowCounts follows);

    PublicUserResponse toPublicResponse(User user, FollowCounts follows);

    default PrivateUserResponse toPrivateResponse(UserView view) {
        return toPrivateResponse(view.user(), view.follows());
    }

    /** The private representation for the user themself and admins, the public one for everybody else. */
    default Object toResponse(UserView view) {
        return view.privateFields() ? toPrivateResponse(view) : toPublicResponse(view.user(), view.follows());
    }

    RegisterUserCommand toCommand(RegisterUserRequest request);

    /**
     * Merge-patch semantics: an absent field stays as it is; {@code null} clears {@code fullName},
     * {@code bio} and {@code imageUrl} and is invalid for every other field.
     */
    default UpdateUserCommand toCommand(Actor actor, long id, UpdateUserRequest request, Optional<Long> ifMatch) {
        return new UpdateUserCommand(actor, new UserId(id),
                required(request, "username", request.getUsername(), Username::new),
                required(request, "email", request.getEmail(), Email::new),
                required(request, "password", request.getPassword(), Password::new),
                required(request, "currentPassword", request.getCurrentPassword(), UserWebMapper::toCurrentPassword),
                required(request, "active", request.getActive(), Function.identity()),
                required(request, "role", request.getRole(), UserWebMapper::toRole),
                clearable(request, "fullName", request.getFullName()).map(FullName::new),
                clearable(request, "bio", request.getBio()).map(Bio::new),
                clearable(request, "imageUrl", request.getImageUrl()).map(ImageUrl::new), ifMatch);
    }

    private static <S, T> Optional<T> required(UpdateUserRequest request, String field, S value,
                                               Function<S, T> convert) {
        if (!request.sent(field)) {
            return Optional.empty();
        }
        if (value == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        return Optional.of(convert.apply(value));
    }

    private static Password toCurrentPassword(String password) {
        try {
            return new Password(password);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("currentPassword", e.getMessage());
        }
    }

    private static Role toRole(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", "must be USER or ADMIN");
        }
    }

    private static <T> Patch<T> clearable(UpdateUserRequest request, String field, T value) {
        return request.sent(field) ? Patch.to(value) : Patch.unchanged();
    }

    default long fromUserId(UserId id) {
        return id.value();
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

    default Password toPassword(String password) {
        return new Password(password);
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
