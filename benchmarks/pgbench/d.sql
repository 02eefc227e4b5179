-- Scenario d, GET /api/posts?tag=T&limit=20: the statements the service issues, as PostgreSQL logs them.
-- The tag (a bind parameter in the service) and the ids of the page's tag query are filled in.
\set limit 20
\set offset 0
BEGIN READ ONLY;
SELECT p.id, p.title, p.content, p.published, p.view_count, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
FROM posts p JOIN users u ON u.id = p.author_id WHERE EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.name = '@TAG@') ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset;
SELECT count(*) FROM posts p WHERE EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.name = '@TAG@');
SELECT pt.post_id, t.id, t.name
FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
WHERE pt.post_id = ANY('@IDS@'::bigint[])
ORDER BY t.name;
COMMIT;
