-- The organisational unit a cohort belongs to: its leaders may rename, delete and fill it. A cohort without one (made
-- by an administrator for the whole organisation) is managed by administrators only.
ALTER TABLE cohort ADD org_unit_id BIGINT NULL;
ALTER TABLE cohort ADD CONSTRAINT fk_cohort_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id) ON DELETE SET NULL;
CREATE INDEX ix_cohort_org_unit ON cohort (org_unit_id);
