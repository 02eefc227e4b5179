-- Likes (issue 12): who likes which post, each post's like count, and the posts one user likes.
--
-- A like is a row; liking twice is one row (the primary key), so PUT is idempotent without a read first.
-- post_likes carries copies of its post's created_at and published, as post_tags does (V4): the posts a
-- user likes, newest post first, are one range of an index however many posts they like.
CREATE TABLE post_likes (
    post_id         BIGINT      NOT NULL CONSTRAINT post_likes_post_fk REFERENCES posts (id) ON DELETE CASCADE,
    user_id         BIGINT      NOT NULL CONSTRAINT post_likes_user_fk REFERENCES users (id) ON DELETE CASCADE,
    post_created_at TIMESTAMPTZ NOT NULL,
    post_published  BOOLEAN     NOT NULL,
    CONSTRAINT post_likes_pkey PRIMARY KEY (post_id, user_id)
);
CREATE INDEX post_likes_by_user_newest_post_first ON post_likes (user_id, post_created_at DESC, post_id DESC)
    INCLUDE (post_published);

CREATE FUNCTION post_likes_copy_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT created_at, published INTO NEW.post_created_at, NEW.post_published FROM posts WHERE id = NEW.post_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'post % does not exist', NEW.post_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'post_likes_post_fk', TABLE = 'post_likes';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER post_likes_copy_post BEFORE INSERT ON post_likes
    FOR EACH ROW EXECUTE FUNCTION post_likes_copy_post();

CREATE FUNCTION posts_copy_to_post_likes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_likes SET post_created_at = NEW.created_at, post_published = NEW.published WHERE post_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_copy_to_post_likes AFTER UPDATE OF created_at, published ON posts
    FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION posts_copy_to_post_likes();

-- A post's counters live beside the post, not in its row: a like must not move the post's version (its ETag,
-- which guards the author's edits), nor wait for an author's transaction that holds the post's row. A post
-- without a row here has counted nothing yet. Kept exact in the liking transaction by statement triggers,
-- which also see the likes a deleted user takes with them; each statement updates its counters in post id
-- order, so two statements never wait for each other's rows in opposite orders.
CREATE TABLE post_counters (
    post_id    BIGINT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    like_count BIGINT NOT NULL DEFAULT 0 CONSTRAINT post_counters_like_count_not_negative CHECK (like_count >= 0)
);

CREATE FUNCTION post_counters_count_likes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO post_counters AS c (post_id, like_count)
        SELECT post_id, count(*) FROM new_likes GROUP BY post_id ORDER BY post_id
        ON CONFLICT (post_id) DO UPDATE SET like_count = c.like_count + EXCLUDED.like_count;
    ELSE
        -- A post being deleted may have taken its counter row already: then there is nothing to keep.
        FOR gone IN SELECT post_id, count(*) AS likes FROM old_likes GROUP BY post_id ORDER BY post_id LOOP
            UPDATE post_counters SET like_count = like_count - gone.likes WHERE post_id = gone.post_id;
        END LOOP;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER post_likes_count_inserted AFTER INSERT ON post_likes REFERENCING NEW TABLE AS new_likes
    FOR EACH STATEMENT EXECUTE FUNCTION post_counters_count_likes();
CREATE TRIGGER post_likes_count_deleted AFTER DELETE ON post_likes REFERENCING OLD TABLE AS old_likes
    FOR EACH STATEMENT EXECUTE FUNCTION post_counters_count_likes();
