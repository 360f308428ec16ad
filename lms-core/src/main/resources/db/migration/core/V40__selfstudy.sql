-- Self-study unit types: reading pages (with their files), reflections and the learners' journal, self-assessments
-- (quizzes) and their attempts. Everything is keyed by the course_unit it belongs to; course_unit.settings is not used.

CREATE TABLE ss_page (
    unit_id     BIGINT      NOT NULL PRIMARY KEY,
    markdown    LONGTEXT    NOT NULL,
    done_at_end BOOLEAN     NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT fk_ss_page_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);

-- Images and attachments of a page; small files (at most 5 MB), checked by their first bytes.
CREATE TABLE ss_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    data         LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    uploaded_by  VARCHAR(100) NOT NULL,
    CONSTRAINT fk_ss_file_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);
CREATE INDEX ix_ss_file_unit ON ss_file (unit_id);

-- Who completed which self-study unit, kept here until the progress feature records it (events carry it there).
CREATE TABLE ss_completion (
    person_id    BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, unit_id),
    CONSTRAINT fk_ss_completion_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_ss_completion_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);

CREATE TABLE ss_reflection (
    unit_id    BIGINT      NOT NULL PRIMARY KEY,
    prompts    LONGTEXT    NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT fk_ss_reflection_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);

-- One journal entry per person and reflection unit: private to the writer unless they share it.
CREATE TABLE ss_journal_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    submitted_at DATETIME(6) NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uq_ss_entry UNIQUE (person_id, unit_id),
    CONSTRAINT fk_ss_entry_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_ss_entry_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);

CREATE TABLE ss_journal_answer (
    entry_id BIGINT        NOT NULL,
    position INT           NOT NULL,
    prompt   VARCHAR(1000) NOT NULL,
    body     LONGTEXT      NOT NULL,
    PRIMARY KEY (entry_id, position),
    CONSTRAINT fk_ss_answer_entry FOREIGN KEY (entry_id) REFERENCES ss_journal_entry (id) ON DELETE CASCADE
);

-- An entry shared with one person or with everyone in one organisational unit; removed when withdrawn.
CREATE TABLE ss_entry_share (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT      NOT NULL,
    person_id   BIGINT      NULL,
    org_unit_id BIGINT      NULL,
    shared_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_ss_share_entry FOREIGN KEY (entry_id) REFERENCES ss_journal_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_ss_share_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_ss_share_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
);
CREATE INDEX ix_ss_share_entry ON ss_entry_share (entry_id);
CREATE INDEX ix_ss_share_person ON ss_entry_share (person_id);

-- A self-assessment: its questions as JSON (see QuizDefinition), pass mark in percent, attempts (NULL: unlimited).
CREATE TABLE ss_quiz (
    unit_id      BIGINT      NOT NULL PRIMARY KEY,
    definition   LONGTEXT    NOT NULL,
    pass_mark    INT         NOT NULL,
    max_attempts INT         NULL,
    updated_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT fk_ss_quiz_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);

CREATE TABLE ss_quiz_attempt (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    started_at         DATETIME(6)   NOT NULL,
    submitted_at       DATETIME(6)   NULL,
    score              DECIMAL(6, 2) NULL,
    passed             BOOLEAN       NULL,
    time_spent_seconds INT           NULL,
    answers            LONGTEXT      NULL,
    result             LONGTEXT      NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_ss_attempt_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_ss_attempt_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE
);
CREATE INDEX ix_ss_attempt_person_unit ON ss_quiz_attempt (person_id, unit_id);
