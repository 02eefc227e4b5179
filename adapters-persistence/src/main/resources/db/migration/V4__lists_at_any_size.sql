-- Lists whose cost does not grow with the tables (issue 9).
--
-- 1. The posts of a tag, newest first, straight from one index. post_tags carries copies of its post's
--    created_at and published, so a tag's page (and its bounded count) is a range of an index on
--    (tag_id, post_created_at, post_id) whatever the tag's popularity, instead of a join that either walks
--    every post checking the tag or sorts all of a popular tag's posts. Rebuilt rather than updated in
--    place: an UPDATE of every row would leave the table and its indexes twice their size.
CREATE TABLE post_tags_rebuilt (
    post_id          BIGINT      NOT NULL,
    tag_id           BIGINT      NOT NULL,
    post_created_at  TIMESTAMPTZ NOT NULL,
    post_published   BOOLEAN     NOT NULL
);
INSERT INTO post_tags_rebuilt (post_id, tag_id, post_created_at, post_published)
SELECT pt.post_id, pt.tag_id, p.created_at, p.published FROM post_tags pt JOIN posts p ON p.id = pt.post_id;
DROP TABLE post_tags;
ALTER TABLE post_tags_rebuilt RENAME TO post_tags;
ALTER TABLE post_tags
    ADD CONSTRAINT post_tags_pkey PRIMARY KEY (post_id, tag_id),
    ADD CONSTRAINT post_tags_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
    ADD CONSTRAINT post_tags_tag_fk FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE;

-- The primary key serves "tags of these posts" and the cascade from posts. These serve the pages and counts
-- of one tag's posts: all of them (drafts filtered in the index, whose INCLUDE keeps the scan index-only),
-- and the published ones, the list most callers see.
CREATE INDEX post_tags_tag_newest_first ON post_tags (tag_id, post_created_at DESC, post_id DESC)
    INCLUDE (post_published);
CREATE INDEX post_tags_tag_published_newest_first ON post_tags (tag_id, post_created_at DESC, post_id DESC)
    WHERE post_published;

-- The copies follow their post, whoever writes: a link takes them from its post, and a post that changes
-- its date or publication passes the change to its links.
CREATE FUNCTION post_tags_copy_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT created_at, published INTO NEW.post_created_at, NEW.post_published FROM posts WHERE id = NEW.post_id;
    IF NOT FOUND THEN
        -- What the foreign key would say, had the NOT NULL copies not been checked first.
        RAISE EXCEPTION 'post % does not exist', NEW.post_id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'post_tags_post_fk', TABLE = 'post_tags';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER post_tags_copy_post BEFORE INSERT ON post_tags
    FOR EACH ROW EXECUTE FUNCTION post_tags_copy_post();

CREATE FUNCTION posts_copy_to_post_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_tags SET post_created_at = NEW.created_at, post_published = NEW.published WHERE post_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_copy_to_post_tags AFTER UPDATE OF created_at, published ON posts
    FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.published IS DISTINCT FROM NEW.published)
    EXECUTE FUNCTION posts_copy_to_post_tags();

-- 2. A tag's postCount (its published posts) as a column, so that a page of tags costs the same whether
--    its tags carry ten posts or two hundred thousand. The counters are kept exact in the transaction that
--    changes the links, by statement triggers on post_tags, which also see the links that a deleted post or
--    user takes with it (ON DELETE CASCADE never passes through the service's code).
ALTER TABLE tags ADD COLUMN post_count BIGINT NOT NULL DEFAULT 0
    CONSTRAINT tags_post_count_not_negative CHECK (post_count >= 0);
UPDATE tags t SET post_count = published.links
FROM (SELECT tag_id, count(*) AS links FROM post_tags WHERE post_published GROUP BY tag_id) AS published
WHERE published.tag_id = t.id;

-- Each statement updates its tags' counters in tag id order, so that two statements never lock two tags in
-- opposite orders. A transaction that changes counters in several statements locks all its tags first, in the
-- same order: the service does so for a post it changes (after that post's row), and the trigger below for a
-- user who is deleted. Every transaction takes these locks in one order: post rows, then tags, each by id.
CREATE FUNCTION tags_count_published_links() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change RECORD;
BEGIN
    IF TG_OP = 'INSERT' THEN
        FOR change IN SELECT tag_id, count(*) AS delta FROM new_links WHERE post_published
                      GROUP BY tag_id ORDER BY tag_id LOOP
            UPDATE tags SET post_count = post_count + change.delta WHERE id = change.tag_id;
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR change IN SELECT tag_id, count(*) AS delta FROM old_links WHERE post_published
                      GROUP BY tag_id ORDER BY tag_id LOOP
            UPDATE tags SET post_count = post_count - change.delta WHERE id = change.tag_id;
        END LOOP;
    ELSE
        FOR change IN SELECT tag_id, sum(delta) AS delta
                      FROM (SELECT tag_id, 1 AS delta FROM new_links WHERE post_published
                            UNION ALL
                            SELECT tag_id, -1 FROM old_links WHERE post_published) AS changes
                      GROUP BY tag_id HAVING sum(delta) <> 0 ORDER BY tag_id LOOP
            UPDATE tags SET post_count = post_count + change.delta WHERE id = change.tag_id;
        END LOOP;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER post_tags_count_inserted AFTER INSERT ON post_tags REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION tags_count_published_links();
CREATE TRIGGER post_tags_count_deleted AFTER DELETE ON post_tags REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION tags_count_published_links();
CREATE TRIGGER post_tags_count_updated AFTER UPDATE ON post_tags
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION tags_count_published_links();

-- A change of one post (publication, unlinks, links: several statements) first locks the tags whose counters
-- it may touch, in id order: those the post links now and new_tag_ids, those it is about to link. Called by
-- the service after it locked the post; a function, because Micronaut Data would take a query saying
-- FOR NO KEY UPDATE for an UPDATE statement. NO KEY, as the counters' own updates: it leaves the foreign-key
-- checks of new links to these tags free to go on.
CREATE FUNCTION lock_counted_tags(changed_post BIGINT, new_tag_ids BIGINT[]) RETURNS BIGINT LANGUAGE sql AS $$
    SELECT count(*) FROM (
        SELECT id FROM tags
        WHERE id IN (SELECT tag_id FROM post_tags WHERE post_id = changed_post) OR id = ANY(new_tag_ids)
        ORDER BY id
        FOR NO KEY UPDATE
    ) AS locked
$$;

-- Deleting a user deletes their posts one cascade statement at a time, each locking its own tags: lock the
-- posts and then their tags first, each in id order (a change of one post locks that post, then its tags).
CREATE FUNCTION users_lock_counted_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM posts WHERE author_id = OLD.id ORDER BY id FOR UPDATE;
    PERFORM 1 FROM tags
    WHERE id IN (SELECT pt.tag_id FROM posts p JOIN post_tags pt ON pt.post_id = p.id
                 WHERE p.author_id = OLD.id AND pt.post_published)
    ORDER BY id
    FOR NO KEY UPDATE;
    RETURN OLD;
END $$;
CREATE TRIGGER users_lock_counted_tags BEFORE DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_lock_counted_tags();

-- 3. A logged-in caller sees the published posts and their own drafts. The newest-first index carries both
--    columns, so that a page and its count check them in the index, without reading the posts.
DROP INDEX posts_newest_first;
CREATE INDEX posts_newest_first ON posts (created_at DESC, id DESC) INCLUDE (published, author_id);

-- The rebuilt table has no statistics yet; without them the first plans over it would be guesses.
ANALYZE post_tags;
