-- How many users there are, active and not, so that a page of users reads its total from one or two rows
-- instead of counting up to 10,001 users: at 100,000 users that count cost more than the page itself
-- (benchmarks/scale.sh). Kept exact in the writing transaction by statement triggers on users; a
-- registration, deactivation or deletion waits for another one's counter row until that one commits.
-- (Two rows that always exist: the triggers only update them.)
CREATE TABLE user_counts (
    active BOOLEAN PRIMARY KEY,
    users  BIGINT  NOT NULL CONSTRAINT user_counts_not_negative CHECK (users >= 0)
);
INSERT INTO user_counts (active, users)
SELECT state.active, (SELECT count(*) FROM users u WHERE u.active = state.active)
FROM (VALUES (FALSE), (TRUE)) AS state (active);

-- false before true, so that two statements never wait for each other's rows.
CREATE FUNCTION user_counts_add(changes user_counts[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    change RECORD;
BEGIN
    FOR change IN SELECT active, sum(users) AS users FROM unnest(changes)
                  GROUP BY active HAVING sum(users) <> 0 ORDER BY active LOOP
        UPDATE user_counts SET users = users + change.users WHERE active = change.active;
    END LOOP;
END $$;

CREATE FUNCTION user_counts_follow_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM user_counts_add(ARRAY(SELECT ROW(active, 1)::user_counts FROM new_users));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM user_counts_add(ARRAY(SELECT ROW(active, -1)::user_counts FROM old_users));
    ELSE
        PERFORM user_counts_add(ARRAY(SELECT ROW(active, 1)::user_counts FROM new_users
                                      UNION ALL
                                      SELECT ROW(active, -1)::user_counts FROM old_users));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER users_count_inserted AFTER INSERT ON users REFERENCING NEW TABLE AS new_users
    FOR EACH STATEMENT EXECUTE FUNCTION user_counts_follow_users();
CREATE TRIGGER users_count_deleted AFTER DELETE ON users REFERENCING OLD TABLE AS old_users
    FOR EACH STATEMENT EXECUTE FUNCTION user_counts_follow_users();
CREATE TRIGGER users_count_updated AFTER UPDATE ON users REFERENCING OLD TABLE AS old_users NEW TABLE AS new_users
    FOR EACH STATEMENT EXECUTE FUNCTION user_counts_follow_users();

-- TRUNCATE deletes without firing the delete triggers: start the counters again at 0 with it (their rows too,
-- when user_counts went in the same TRUNCATE). The same for the tags' post counts, whose links a TRUNCATE
-- of post_tags (or of posts, by CASCADE) takes.
CREATE FUNCTION user_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO user_counts (active, users) VALUES (FALSE, 0), (TRUE, 0)
    ON CONFLICT (active) DO UPDATE SET users = 0;
    RETURN NULL;
END $$;
CREATE TRIGGER users_count_truncated AFTER TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION user_counts_reset();

CREATE FUNCTION tags_post_counts_reset() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tags SET post_count = 0 WHERE post_count <> 0;
    RETURN NULL;
END $$;
CREATE TRIGGER post_tags_count_truncated AFTER TRUNCATE ON post_tags
    FOR EACH STATEMENT EXECUTE FUNCTION tags_post_counts_reset();
