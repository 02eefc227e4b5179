-- Recent login attempts per account, shared by every instance of the service, for the throttling of
-- failed logins. account_key is 'user:<id>' for an account that exists and 'login:<lower-case login>'
-- for a login nobody has, so unknown logins are throttled like known ones. Rows older than the window
-- (15 minutes) no longer count and are deleted as new attempts come in.
CREATE TABLE login_attempts (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_key  VARCHAR(300) NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL
);

-- "The newest attempts of this account", and the clean-up of those that left the window.
CREATE INDEX login_attempts_account_newest_first ON login_attempts (account_key, attempted_at DESC);
CREATE INDEX login_attempts_attempted_at ON login_attempts (attempted_at);
