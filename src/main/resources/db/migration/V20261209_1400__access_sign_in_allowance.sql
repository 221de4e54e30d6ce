-- The sign-in rate limits, shared by every instance: one token bucket per username and per client address.
-- The key is a SHA-256 digest, so neither the names typed (sometimes a password) nor addresses are kept.
-- Unlogged: an allowance lost in a crash only starts full again, and it costs no WAL on every sign-in.
create unlogged table sign_in_allowance (
    key        bytea            primary key,
    tokens     double precision not null,
    counted_at timestamptz      not null
);
-- Allowances idle for a whole period are full again and are deleted.
create index sign_in_allowance_counted on sign_in_allowance (counted_at);
