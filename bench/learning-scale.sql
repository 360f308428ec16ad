-- Scale data for the learning benchmark (MariaDB only: uses the SEQUENCE engine's seq_1_to_N tables).
-- Expects a migrated VidSynt schema with the demo people (lise's password hash is reused: password vidsynt-demo).
-- 1 region, 200 departments, 20,000 learners, 20 published courses of 10 task units, 5 enrolments per learner and
-- 10 progress rows per enrolment: 100,000 enrolments and 1,000,000 unit_progress rows.
SET @hash = (SELECT password_hash FROM person WHERE username = 'lise');
SET @now = UTC_TIMESTAMP(6);

INSERT INTO org_unit (id, name, kind, parent_id) VALUES (900000, 'Region bench', 'REGION', NULL);
INSERT INTO org_unit (id, name, kind, parent_id)
    SELECT 900000 + seq, CONCAT('Avdeling bench ', LPAD(seq, 3, '0')), 'DEPARTMENT', 900000 FROM seq_1_to_200;

-- The region's leader (benchleader) and the learners (bench00001 ...).
INSERT INTO person (id, username, display_name, email, preferred_language, password_hash, active, failed_sign_ins,
                    created_at, version)
    VALUES (900000, 'benchleader', 'Bench Leder', 'benchleader@bench.vidsynt.no', 'nb', @hash, TRUE, 0, @now, 1);
INSERT INTO person_role (person_id, role) VALUES (900000, 'LEADER');
INSERT INTO org_unit_leader (unit_id, person_id) VALUES (900000, 900000);

INSERT INTO person (id, username, display_name, email, preferred_language, password_hash, active, failed_sign_ins,
                    created_at, version)
    SELECT 900000 + seq, CONCAT('bench', LPAD(seq, 5, '0')), CONCAT('Bench ', seq),
           CONCAT('bench', seq, '@bench.vidsynt.no'), 'nb', @hash, TRUE, 0, @now, 1
    FROM seq_1_to_20000;
INSERT INTO person_role (person_id, role) SELECT 900000 + seq, 'LEARNER' FROM seq_1_to_20000;
INSERT INTO person_unit (person_id, unit_id) SELECT 900000 + seq, 900001 + (seq % 200) FROM seq_1_to_20000;

-- 20 courses, 2 sections of 5 task units each; unit ids 9000000 + course * 100 + n.
INSERT INTO course (id, programme_key, title, summary, self_enrolment, completion_rule, completion_count,
                    published_version, created_at, version)
    SELECT 900000 + seq, 'medarbeider', CONCAT('Benchkurs ', seq), 'Kurs for ytelsestesten', TRUE, 'ALL_REQUIRED',
           NULL, 1, @now, 1 FROM seq_1_to_20;
INSERT INTO course_section (id, course_id, title, position, removed)
    SELECT 9000000 + c.seq * 10 + s.seq, 900000 + c.seq, CONCAT('Del ', s.seq), s.seq, FALSE
    FROM seq_1_to_20 c, seq_1_to_2 s;
INSERT INTO course_unit (id, course_id, section_id, unit_type, title, position, required, removed, settings)
    SELECT 9000000 + c.seq * 100 + u.seq, 900000 + c.seq, 9000000 + c.seq * 10 + IF(u.seq <= 5, 1, 2), 'task',
           CONCAT('Oppgave ', u.seq), u.seq, TRUE, FALSE, '{"text": "Gjør oppgaven."}'
    FROM seq_1_to_20 c, seq_1_to_10 u;
INSERT INTO course_version (course_id, version_no, published_at, published_by, structure)
    SELECT 900000 + c.seq, 1, @now, 'bench', CONCAT(
        '{"completionRule":"ALL_REQUIRED","courseId":', 900000 + c.seq, ',"programmeKey":"medarbeider",',
        '"publishedAt":"2026-01-01T00:00:00Z","title":"Benchkurs ', c.seq, '","version":1,"sections":[',
        (SELECT GROUP_CONCAT(CONCAT('{"id":', 9000000 + c.seq * 10 + s.seq, ',"title":"Del ', s.seq, '","units":[',
            (SELECT GROUP_CONCAT(CONCAT('{"id":', 9000000 + c.seq * 100 + u.seq, ',"type":"task","title":"Oppgave ',
                    u.seq, '","required":true',
                    IF(u.seq > 1, CONCAT(',"availability":{"prerequisites":[{"kind":"UNIT","id":',
                        9000000 + c.seq * 100 + u.seq - 1, '}]}'), ''), '}') ORDER BY u.seq SEPARATOR ',')
             FROM seq_1_to_10 u WHERE IF(u.seq <= 5, 1, 2) = s.seq), ']}') ORDER BY s.seq SEPARATOR ',')
         FROM seq_1_to_2 s), ']}')
    FROM seq_1_to_20 c;

-- Every learner in 5 of the 20 courses.
INSERT INTO enrolment (course_id, person_id, source, org_unit_id, cohort_id, status, enrolled_at, completed_at, version)
    SELECT 900001 + ((p.seq + k.seq * 4) % 20), 900000 + p.seq, 'SELF', NULL, NULL, 'ACTIVE', @now, NULL, 1
    FROM seq_1_to_20000 p, seq_0_to_4 k;

-- Ten progress rows per enrolment: a mix of completed and in progress.
INSERT INTO unit_progress (person_id, unit_id, course_id, status, score, time_spent_seconds, first_visited,
                           last_visited, completed_at, version)
    SELECT e.person_id, 9000000 + (e.course_id - 900000) * 100 + u.seq, e.course_id,
           IF((e.person_id + u.seq) % 7 = 0, 'IN_PROGRESS', 'COMPLETED'), NULL, 60 * u.seq,
           @now - INTERVAL (e.person_id % 90) DAY, @now - INTERVAL ((e.person_id + u.seq) % 30) HOUR,
           IF((e.person_id + u.seq) % 7 = 0, NULL, @now - INTERVAL ((e.person_id + u.seq) % 30) HOUR), 1
    FROM enrolment e, seq_1_to_10 u
    WHERE e.course_id > 900000;

-- Every enrolment here has progress: it has started (what ProgressRecorder records with the first progress row).
UPDATE enrolment e SET e.started_at = @now - INTERVAL (e.person_id % 90) DAY WHERE e.course_id > 900000;

-- Courses whose every unit is done are completed.
UPDATE enrolment e SET e.status = 'COMPLETED', e.completed_at = @now
    WHERE e.course_id > 900000 AND NOT EXISTS (SELECT 1 FROM unit_progress p WHERE p.person_id = e.person_id
          AND p.course_id = e.course_id AND p.status <> 'COMPLETED');
ANALYZE TABLE person, person_unit, enrolment, unit_progress, org_unit;
