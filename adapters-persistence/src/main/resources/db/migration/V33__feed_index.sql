-- The feed (GET /api/feed) reads, for each followed author, their newest published posts, and counts them up
-- to the cap. posts_author_newest_first holds drafts too and not the publication, so every entry cost a
-- visit to the post to check it: at a million posts a page of a feed of 500 authors took 29 ms and its
-- count 10 ms against 27 ms and 3 ms at five thousand. With the published posts of each author in an index
-- of their own, read without visiting the posts: 8.1 ms and 2.9 ms against 6.7 ms and 3.1 ms
-- (benchmarks/feed-scale.sh).
CREATE INDEX posts_author_published_newest_first ON posts (author_id, created_at DESC, id DESC) WHERE published;
