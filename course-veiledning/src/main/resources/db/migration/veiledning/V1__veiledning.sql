-- VidSynt Veiledning's own tables. A cohort (kull) is a core cohort of the programme's course; the programme adds its
-- plan and completion requirements. Everything about a trainee hangs on the core's person, cohort and session ids.

-- The programme's part of a cohort: who trains it, its period and plan, and what completing it takes.
CREATE TABLE veiledning_cohort (
    cohort_id                BIGINT       PRIMARY KEY,
    trainer_id               BIGINT       NOT NULL,
    end_date                 DATE         NOT NULL,
    seats                    INT          NOT NULL,
    plan                     TEXT         NULL,
    required_sessions        INT          NOT NULL,
    required_logbook_entries INT          NOT NULL,
    hours                    INT          NOT NULL,
    CONSTRAINT fk_vcohort_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_vcohort_trainer FOREIGN KEY (trainer_id) REFERENCES person (id)
);

-- A person's way into the programme: nominated by a leader, or applied and approved by their leader, then admitted
-- into a cohort (or wait-listed, rejected, withdrawn) by the trainer.
-- status: NOMINATED, APPLIED, APPROVED, ADMITTED, WAITLISTED, REJECTED, WITHDRAWN
CREATE TABLE veiledning_candidacy (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    org_unit_id  BIGINT       NULL,
    status       VARCHAR(20)  NOT NULL,
    motivation   TEXT         NULL,
    proposed_by  BIGINT       NOT NULL,
    decided_by   BIGINT       NULL,
    cohort_id    BIGINT       NULL,
    reason       VARCHAR(1000) NULL,
    created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_vcand_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_vcand_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id) ON DELETE SET NULL,
    CONSTRAINT fk_vcand_proposer FOREIGN KEY (proposed_by) REFERENCES person (id),
    CONSTRAINT fk_vcand_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL
);
CREATE INDEX ix_vcand_person ON veiledning_candidacy (person_id);
CREATE INDEX ix_vcand_unit_status ON veiledning_candidacy (org_unit_id, status);
CREATE INDEX ix_vcand_cohort_status ON veiledning_candidacy (cohort_id, status);

-- A practice group (treningsgruppe) of three or four trainees within a cohort.
CREATE TABLE veiledning_group (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    CONSTRAINT fk_vgroup_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);

CREATE TABLE veiledning_group_member (
    group_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    position   INT    NOT NULL,
    PRIMARY KEY (group_id, person_id),
    CONSTRAINT fk_vgm_group FOREIGN KEY (group_id) REFERENCES veiledning_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_vgm_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- One practice round: a group in one practice session, each member in one role. attended is set when the trainer
-- marks the person attended (the core's SessionAttended). role: SUPERVISOR, SUPERVISEE, OBSERVER
CREATE TABLE veiledning_round_role (
    session_id BIGINT      NOT NULL,
    group_id   BIGINT      NOT NULL,
    person_id  BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    attended   BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_vrr_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_vrr_group FOREIGN KEY (group_id) REFERENCES veiledning_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_vrr_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_vrr_group ON veiledning_round_role (group_id, session_id);

-- What a trainee writes around one round: the supervisor's preparation, the supervisee's case (no personal data),
-- the supervisor's reflection on the feedback. kind: PREPARATION, CASE, REFLECTION
CREATE TABLE veiledning_round_note (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    body        TEXT        NOT NULL,
    written_at  TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_vrn UNIQUE (session_id, person_id, kind),
    CONSTRAINT fk_vrn_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_vrn_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

-- An observer's structured feedback to the round's supervisor. Seen by the supervisor and the trainer, never leaders.
CREATE TABLE veiledning_feedback (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT     NOT NULL,
    author_id         BIGINT     NOT NULL,
    supervisor_id     BIGINT     NOT NULL,
    what_worked       TEXT       NOT NULL,
    opening_questions TEXT       NOT NULL,
    child_perspective VARCHAR(20) NOT NULL,
    try_next          TEXT       NOT NULL,
    written_at        TIMESTAMP  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_vfb UNIQUE (session_id, author_id),
    CONSTRAINT fk_vfb_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_vfb_author FOREIGN KEY (author_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_vfb_supervisor FOREIGN KEY (supervisor_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_vfb_supervisor ON veiledning_feedback (supervisor_id);

-- The supervision logbook: supervision a trainee gives in their own department. Private; shared with the trainer
-- entry by entry. mode: INDIVIDUAL, GROUP
CREATE TABLE veiledning_log_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    given_on      DATE         NOT NULL,
    minutes       INT          NOT NULL,
    mode          VARCHAR(20)  NOT NULL,
    participants  INT          NOT NULL,
    theme         VARCHAR(200) NOT NULL,
    method        VARCHAR(200) NOT NULL,
    what_worked   TEXT         NOT NULL,
    reflection    TEXT         NOT NULL,
    shared        BOOLEAN      NOT NULL DEFAULT FALSE,
    written_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    changed_at    TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_vlog_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
CREATE INDEX ix_vlog_person ON veiledning_log_entry (person_id, given_on);

-- A certificate (kursbevis) issued on completing a cohort. The code is what the public verification page takes.
CREATE TABLE veiledning_certificate (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    person_id      BIGINT       NOT NULL,
    cohort_id      BIGINT       NOT NULL,
    holder_name    VARCHAR(300) NOT NULL,
    cohort_name    VARCHAR(200) NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    hours          INT          NOT NULL,
    issued_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    revoked_at     TIMESTAMP    NULL,
    revoked_reason VARCHAR(1000) NULL,
    revoked_by     BIGINT       NULL,
    CONSTRAINT uq_vcert_code UNIQUE (code),
    CONSTRAINT uq_vcert_holder UNIQUE (person_id, cohort_id),
    CONSTRAINT fk_vcert_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_vcert_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
);
