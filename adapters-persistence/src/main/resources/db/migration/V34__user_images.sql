-- A user's picture (issue 12): an absolute http(s) URL, checked by the domain (ImageUrl); the CHECK keeps
-- every other writer within the same length.
ALTER TABLE users ADD COLUMN image_url TEXT CONSTRAINT users_image_url_length CHECK (char_length(image_url) <= 2000);
