-- Follows (issue 12): who follows whom, and each user's follower and following counts.
--
-- A follow is a row; following twice is one row (the primary key), so PUT is idempotent without a read
-- first. Nobody follows themself (the domain refuses it; the CHECK says so to every other writer).
-- The two indexes serve a user's followers and a user's followings, newest follow first, as one range each.
CREATE TABLE follows (
    follower_id BIGINT      NOT NULL CONSTRAINT follows_follower_fk REFERENCES users (id) ON DELETE CASCADE,
    followee_id BIGINT      NOT NULL CONSTRAINT follows_followee_fk REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT follows_pkey PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT follows_not_oneself CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_followers_newest_first ON follows (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX follows_followings_newest_first ON follows (follower_id, created_at DESC, followee_id DESC);

-- The counts live beside the user, not in its row, for the reasons of post_counters (V30): a follow moves
-- neither the user's version (ETag) nor waits for the user's own changes. A user without a row here has
-- counted nothing yet. Kept exact by statement triggers, in user id order, which also see the follows a
-- deleted user takes with them.
CREATE TABLE user_counters (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    follower_count  BIGINT NOT NULL DEFAULT 0 CONSTRAINT user_counters_follower_count_not_negative CHECK (follower_count >= 0),
    following_count BIGINT NOT NULL DEFAULT 0 CONSTRAINT user_counters_following_count_not_negative CHECK (following_count >= 0)
);

CREATE FUNCTION user_counters_count_follows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change RECORD;
    sign INT := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    FOR change IN
        SELECT user_id, sum(followers) AS followers, sum(followings) AS followings
        FROM (SELECT followee_id AS user_id, 1 AS followers, 0 AS followings FROM changed_follows
              UNION ALL
              SELECT follower_id, 0, 1 FROM changed_follows) AS changes
        GROUP BY user_id ORDER BY user_id
    LOOP
        IF sign > 0 THEN
            INSERT INTO user_counters AS c (user_id, follower_count, following_count)
            VALUES (change.user_id, change.followers, change.followings)
            ON CONFLICT (user_id) DO UPDATE SET follower_count = c.follower_count + EXCLUDED.follower_count,
                                                following_count = c.following_count + EXCLUDED.following_count;
        ELSE
            -- A user being deleted may have taken their counter row already: then there is nothing to keep.
            UPDATE user_counters SET follower_count = follower_count - change.followers,
                                     following_count = following_count - change.followings
            WHERE user_id = change.user_id;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER follows_count_inserted AFTER INSERT ON follows REFERENCING NEW TABLE AS changed_follows
    FOR EACH STATEMENT EXECUTE FUNCTION user_counters_count_follows();
CREATE TRIGGER follows_count_deleted AFTER DELETE ON follows REFERENCING OLD TABLE AS changed_follows
    FOR EACH STATEMENT EXECUTE FUNCTION user_counters_count_follows();
