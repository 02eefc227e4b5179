package dev.blog.adapter.in.web.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
final class CharactersValidator implements ConstraintValidator<Characters, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, AnnotationValue<Characters> annotation,
                           ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int characters = Character.codePointCount(value, 0, value.length());
        return characters >= annotation.intValue("min").orElse(0)
                && characters <= annotation.intValue("max").orElse(Integer.MAX_VALUE);
    }
}
