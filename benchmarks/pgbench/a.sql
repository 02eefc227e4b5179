-- Scenario a, GET /api/posts/{id}: the statements the service issues, as PostgreSQL logs them
-- (log_statement=all). pgjdbc sends BEGIN together with the first query; pgbench waits for each.
\set id random(@MIN_ID@, @MAX_ID@)
BEGIN READ ONLY;
SELECT p.id, p.title, p.content, p.published, p.view_count, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = :id;
SELECT pt.post_id, t.id, t.name
FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
WHERE pt.post_id = ANY(ARRAY[:id]::bigint[])
ORDER BY t.name;
COMMIT;
