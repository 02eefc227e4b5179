package dev.blog.domain.shared;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.Summary;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text-valued value object over arbitrary UTF-16 strings (unpaired surrogates, control characters,
 * U+0000, astral characters included): it either refuses the text naming its field, or keeps text that
 * survives the trip to UTF-8, and so to PostgreSQL, unchanged.
 */
class TextPropertiesTest {

    /** Each value object by the field name a client sees in its errors. */
    private static final Map<String, Function<String, Object>> VALUE_OBJECTS = Map.ofEntries(
            Map.entry("title", Title::new),
            Map.entry("content", Content::new),
            Map.entry("summary", Summary::new),
            Map.entry("fullName", FullName::new),
            Map.entry("bio", Bio::new),
            Map.entry("imageUrl", ImageUrl::new),
            Map.entry("email", Email::new),
            Map.entry("username", Username::new),
            Map.entry("password", Password::new),
            Map.entry("name", TagName::of),
            Map.entry("slug", Slug::new),
            Map.entry("body", CommentBody::new));

    @Property(tries = 2000)
    void every_value_object_either_refuses_naming_its_field_or_keeps_storable_text(
            @ForAll("fields") String field, @ForAll("anyText") String text) {
        Object accepted;
        try {
            accepted = VALUE_OBJECTS.get(field).apply(text);
        } catch (InvalidValueException refused) {
            assertThat(refused.field()).isEqualTo(field);
            return;
        }
        String kept = valueOf(accepted);
        assertThat(kept).doesNotContain("\u0000");
        assertThat(new String(kept.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(kept);
    }

    @Property(tries = 1000)
    void text_with_u0000_or_an_unpaired_surrogate_is_refused_by_every_value_object(
            @ForAll("fields") String field, @ForAll("unstorableText") String text) {
        assertThatThrownBy(() -> VALUE_OBJECTS.get(field).apply(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Property
    void text_of_valid_scalar_values_other_than_u0000_passes_the_storable_check(
            @ForAll("storableText") String text) {
        assertThat(Text.require("field", text)).isEqualTo(text);
    }

    @Property
    void an_unpaired_surrogate_anywhere_is_refused(@ForAll("storableText") String before,
                                                   @ForAll("storableText") String after,
                                                   @ForAll @IntRange(min = 0xD800, max = 0xDFFF) int surrogate) {
        String text = before + (char) surrogate + after;
        boolean pairs = Character.isHighSurrogate((char) surrogate) && after.length() > 0
                && Character.isLowSurrogate(after.charAt(0))
                || Character.isLowSurrogate((char) surrogate) && before.length() > 0
                && Character.isHighSurrogate(before.charAt(before.length() - 1));
        if (!pairs) {
            assertThatThrownBy(() -> Text.require("field", text)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(VALUE_OBJECTS.keySet());
    }

    /** Any UTF-16 text, biased towards what passes the other rules so the storable check is reached often. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> anyUnits = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> plausible = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(20),
                        Arbitraries.strings().all().ofMaxLength(3),
                        Arbitraries.of("", "@example.com"))
                .as((word, odd, domain) -> word + odd + word + domain);
        return Arbitraries.oneOf(anyUnits, plausible, storableText());
    }

    @Provide
    Arbitrary<String> unstorableText() {
        Arbitrary<String> badUnit = Arbitraries.oneOf(Arbitraries.just("\u0000"),
                Arbitraries.chars().range('\uD800', '\uDBFF').map(String::valueOf),
                Arbitraries.chars().range('\uDC00', '\uDFFF').map(String::valueOf));
        Arbitrary<String> word = Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(20);
        return Combinators.combine(word, badUnit, word, Arbitraries.of("", "@example.com"))
                .as((before, bad, after, domain) -> before + bad + after + domain);
    }

    @Provide
    Arbitrary<String> storableText() {
        Arbitrary<Integer> scalarValue = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 0xD7FF),
                Arbitraries.integers().between(0xE000, 0x10FFFF));
        return scalarValue.list().ofMaxSize(40).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            codePoints.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    private static String valueOf(Object valueObject) {
        if (valueObject instanceof Title title) {
            return title.value();
        } else if (valueObject instanceof Content content) {
            return content.value();
        } else if (valueObject instanceof Summary summary) {
            return summary.value();
        } else if (valueObject instanceof FullName fullName) {
            return fullName.value();
        } else if (valueObject instanceof Bio bio) {
            return bio.value();
        } else if (valueObject instanceof Email email) {
            return email.value();
        } else if (valueObject instanceof Username username) {
            return username.value();
        } else if (valueObject instanceof Password password) {
            return password.value();
        } else if (valueObject instanceof ImageUrl imageUrl) {
            return imageUrl.value();
        } else if (valueObject instanceof Slug slug) {
            return slug.value();
        } else if (valueObject instanceof CommentBody body) {
            return body.value();
        }
        return ((TagName) valueObject).value();
    }
}
