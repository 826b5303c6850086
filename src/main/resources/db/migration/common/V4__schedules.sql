-- Standalone jobs (not on demand) run on their own schedule until they expire.
ALTER TABLE lineup_job ADD COLUMN schedule VARCHAR;
ALTER TABLE lineup_job ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
