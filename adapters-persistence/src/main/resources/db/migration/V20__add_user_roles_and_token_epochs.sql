-- Identity and access. Every user has a role; the first admin comes from configuration at start-up.
-- token_epoch counts the revocations of a user's access tokens (logout, new password, deactivation): a
-- token carries the epoch it was issued in and is honoured only while that is still the user's epoch.
ALTER TABLE users
    ADD COLUMN role        VARCHAR(10) NOT NULL DEFAULT 'USER' CONSTRAINT users_role_known CHECK (role IN ('USER', 'ADMIN')),
    ADD COLUMN token_epoch BIGINT      NOT NULL DEFAULT 0 CONSTRAINT users_token_epoch_not_negative CHECK (token_epoch >= 0);
