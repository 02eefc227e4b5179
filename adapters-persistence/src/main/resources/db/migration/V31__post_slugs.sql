-- Slugs (issue 12): every post has a unique URL name made from its title (dev.blog.domain.post.Slug).
--
-- Uniqueness is the index's decision, taken when the slug is stored, never a read before the write that
-- another transaction could overtake. text_pattern_ops, so that the same index also finds a slug's
-- numbered variants (LIKE 'hello-%') whatever the database's collation.
--
-- Posts written before slugs existed get post-<id>, unique and valid, until their title changes.
-- The column stays nullable for one reason: a new post is inserted first and given its slug by
-- claim_post_slug in the same transaction, which every writer does; no committed post is without one.
ALTER TABLE posts ADD COLUMN slug TEXT;
UPDATE posts SET slug = 'post-' || id;
CREATE UNIQUE INDEX posts_slug_unique ON posts (slug text_pattern_ops);

-- Gives the post the slug `wanted` (made from its title by the service), or, when another post has it,
-- the next numbered variant (hello-2, hello-3, ...). A title whose slug is still `wanted` keeps the post's
-- current slug, suffix and all, so that editing the text of a post does not move its URL. Each attempt
-- runs in a subtransaction: a unique violation (also one with a concurrent writer, which the index makes
-- wait for the other's commit) only moves on to the next suffix. Suffixes are at most 9 digits, so that a
-- title like "Hello 99999999999" cannot overflow the arithmetic.
CREATE FUNCTION claim_post_slug(post BIGINT, wanted TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    current TEXT;
    candidate TEXT := wanted;
    n INT := 1;
BEGIN
    SELECT slug INTO current FROM posts WHERE id = post;
    IF current = wanted OR current ~ ('^' || wanted || '-[0-9]{1,9}$') THEN
        RETURN current;
    END IF;
    LOOP
        BEGIN
            UPDATE posts SET slug = candidate WHERE id = post;
            RETURN candidate;
        EXCEPTION WHEN unique_violation THEN
            SELECT greatest(n + 1, coalesce(max(substring(slug FROM '-([0-9]{1,9})$')::INT) + 1, 2)) INTO n
            FROM posts WHERE slug LIKE wanted || '-%' AND slug ~ ('^' || wanted || '-[0-9]{1,9}$');
            candidate := rtrim(left(wanted, 100 - length(n::TEXT) - 1), '-') || '-' || n;
        END;
    END LOOP;
END $$;
