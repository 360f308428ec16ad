-- Reflections before and after a training session of a session unit live in the same private journal: an entry is
-- the unit's own reflection (UNIT) or one written BEFORE or AFTER a session, linked to that session. One person has one
-- entry per unit and moment. The new unique key is added before the old one is dropped, so the foreign key on
-- person_id always has an index.
ALTER TABLE ss_journal_entry ADD moment VARCHAR(10) NOT NULL DEFAULT 'UNIT';
ALTER TABLE ss_journal_entry ADD session_id BIGINT NULL;
ALTER TABLE ss_journal_entry ADD CONSTRAINT uq_ss_entry_moment UNIQUE (person_id, unit_id, moment);
ALTER TABLE ss_journal_entry DROP INDEX uq_ss_entry;
