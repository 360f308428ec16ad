-- The test programme's own tables: who its booking rule was asked about, its job's turns, the steps it saw completed.
CREATE TABLE sample_rule_call (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT NOT NULL,
    programme_key VARCHAR(40) NOT NULL
);
CREATE TABLE sample_job_run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    ran_at TIMESTAMP NOT NULL
);
CREATE TABLE sample_completion (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL
);
