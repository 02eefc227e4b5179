-- The author's own summary of a post, shown in lists instead of an excerpt of the content. NULL: none.
-- VARCHAR(500) counts characters, as the domain's Summary does.
ALTER TABLE posts ADD COLUMN summary VARCHAR(500);
