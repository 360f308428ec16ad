-- Indexes for the learner's and the leader's views (enrolment and progress), so that "my learning" and the leader's
-- aggregates stay fast with tens of thousands of people and a million progress rows.

-- Members of a unit (the primary key of person_unit starts with person_id).
CREATE INDEX ix_learning_person_unit_unit ON person_unit (unit_id, person_id);

-- Aggregates per course and status for the leader view; the unique (course_id, person_id) key covers lookups.
CREATE INDEX ix_learning_enrolment_person_status ON enrolment (person_id, status, course_id);

-- "Fortsett der du slapp": the person's most recently visited unit.
CREATE INDEX ix_learning_progress_person_visited ON unit_progress (person_id, last_visited);

-- Standing unit enrolments by organisational unit (people who join a unit are enrolled in its courses).
CREATE INDEX ix_learning_cue_unit ON course_unit_enrolment (org_unit_id);

CREATE INDEX ix_learning_cohort_course ON cohort (course_id, start_date);
