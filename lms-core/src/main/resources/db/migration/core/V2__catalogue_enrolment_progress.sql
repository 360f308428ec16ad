-- The shared core schema every feature builds on: leaders of units, the catalogue (programme > course > section >
-- unit, with published versions), enrolment, progress and the audit log. Features add columns in later migrations.

CREATE TABLE org_unit_leader (
    unit_id   BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (unit_id, person_id),
    CONSTRAINT fk_unit_leader_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_leader_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE course (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_key     VARCHAR(40)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(4000) NULL,
    self_enrolment    BOOLEAN       NOT NULL,
    completion_rule   VARCHAR(20)   NOT NULL,
    completion_count  INT           NULL,
    published_version INT           NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX ix_course_programme ON course (programme_key);

CREATE TABLE course_author (
    course_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, person_id),
    CONSTRAINT fk_course_author_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_author_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE course_section (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id BIGINT       NOT NULL,
    title     VARCHAR(200) NOT NULL,
    position  INT          NOT NULL,
    removed   BOOLEAN      NOT NULL,
    CONSTRAINT fk_section_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE course_unit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    section_id   BIGINT       NOT NULL,
    unit_type    VARCHAR(40)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    position     INT          NOT NULL,
    required     BOOLEAN      NOT NULL,
    removed      BOOLEAN      NOT NULL,
    settings     TEXT         NULL,
    availability TEXT         NULL,
    CONSTRAINT fk_unit_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_section FOREIGN KEY (section_id) REFERENCES course_section (id)
);
CREATE INDEX ix_unit_course ON course_unit (course_id);

CREATE TABLE course_version (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT      NOT NULL,
    version_no   INT         NOT NULL,
    published_at DATETIME(6) NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    structure    LONGTEXT    NOT NULL,
    CONSTRAINT uq_course_version UNIQUE (course_id, version_no),
    CONSTRAINT fk_version_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

CREATE TABLE cohort (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    start_date DATE         NOT NULL,
    CONSTRAINT fk_cohort_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
);

-- A standing rule: everyone in this unit (and the units below it) is enrolled, also people who join later.
CREATE TABLE course_unit_enrolment (
    course_id   BIGINT      NOT NULL,
    org_unit_id BIGINT      NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (course_id, org_unit_id),
    CONSTRAINT fk_cue_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_cue_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

CREATE TABLE enrolment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    source       VARCHAR(20) NOT NULL,
    org_unit_id  BIGINT      NULL,
    cohort_id    BIGINT      NULL,
    status       VARCHAR(20) NOT NULL,
    enrolled_at  DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uq_enrolment UNIQUE (course_id, person_id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX ix_enrolment_person ON enrolment (person_id);

CREATE TABLE unit_progress (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    course_id          BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    score              DECIMAL(6, 2) NULL,
    time_spent_seconds INT           NOT NULL,
    first_visited      DATETIME(6)   NULL,
    last_visited       DATETIME(6)   NULL,
    completed_at       DATETIME(6)   NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_unit_progress UNIQUE (person_id, unit_id),
    CONSTRAINT fk_progress_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_progress_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id)
);
CREATE INDEX ix_progress_course_person ON unit_progress (course_id, person_id);

CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(60)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   VARCHAR(60)   NULL,
    details     VARCHAR(2000) NULL
);
CREATE INDEX ix_audit_at ON audit_log (at);
