-- When a person first did something in an enrolled course. The leader view counts "started" from this column instead
-- of looking into a million progress rows for every enrolment.
ALTER TABLE enrolment ADD started_at DATETIME(6) NULL;

UPDATE enrolment SET started_at = enrolled_at
    WHERE EXISTS (SELECT 1 FROM unit_progress p WHERE p.person_id = enrolment.person_id
                  AND p.course_id = enrolment.course_id);
