-- An email may carry its own text when it names no child (a self-assessment's answers); otherwise the
-- email says only that something needs the reader.
alter table notification add column email_body text;
