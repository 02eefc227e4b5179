package dev.blog.adapter.in.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The length of a text in characters (Unicode code points), as the domain's value objects and
 * PostgreSQL's {@code varchar(n)} count it. {@code @Size} counts UTF-16 units instead, and would refuse
 * a title of 150 emoji (300 units) that the domain and the database accept.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Constraint(validatedBy = {})
public @interface Characters {

    String message() default "must be between {min} and {max} characters";

    int min() default 0;

    int max() default Integer.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
