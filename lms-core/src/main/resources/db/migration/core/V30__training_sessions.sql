-- Training sessions (teaching days, practice training, workshops, supervision groups, leader gatherings), their
-- trainers and bookings, the mail outbox that sends after commit, and personal calendar feeds.
-- Times are instants in UTC; pages enter and show them in Europe/Oslo.

CREATE TABLE training_session (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                   VARCHAR(40)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    programme_key          VARCHAR(40)   NOT NULL,
    course_id              BIGINT        NULL,
    unit_id                BIGINT        NULL,
    starts_at              DATETIME(6)   NOT NULL,
    ends_at                DATETIME(6)   NOT NULL,
    place                  VARCHAR(300)  NULL,
    video_link             VARCHAR(500)  NULL,
    capacity               INT           NOT NULL,
    booking_opens_at       DATETIME(6)   NULL,
    booking_closes_at      DATETIME(6)   NULL,
    cancellation_deadline  DATETIME(6)   NULL,
    offer_minutes          INT           NOT NULL,
    series_id              VARCHAR(36)   NULL,
    status                 VARCHAR(20)   NOT NULL,
    ical_uid               VARCHAR(120)  NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL,
    CONSTRAINT uq_session_ical_uid UNIQUE (ical_uid),
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_session_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id)
);
CREATE INDEX ix_session_starts ON training_session (starts_at);
CREATE INDEX ix_session_unit ON training_session (unit_id);

CREATE TABLE session_trainer (
    session_id BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, person_id),
    CONSTRAINT fk_session_trainer_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_trainer_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- One row per person and session (the unique key keeps anyone from holding two places in one session); a cancelled
-- booking is reopened when the person books again.
CREATE TABLE session_booking (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id         BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    waitlist_position  BIGINT        NULL,
    offer_expires_at   DATETIME(6)   NULL,
    requested_at       DATETIME(6)   NOT NULL,
    confirmed_at       DATETIME(6)   NULL,
    cancelled_at       DATETIME(6)   NULL,
    attendance         VARCHAR(20)   NULL,
    trainer_note       VARCHAR(2000) NULL,
    reminded_offset_s  BIGINT        NULL,
    ical_sequence      INT           NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT uq_booking_session_person UNIQUE (session_id, person_id),
    CONSTRAINT fk_booking_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_booking_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_booking_person ON session_booking (person_id);
CREATE INDEX ix_booking_session_status ON session_booking (session_id, status);

-- Mails are written here inside the transaction that causes them and sent after it commits by a job that claims
-- rows with a conditional UPDATE, so two servers never send one mail twice.
CREATE TABLE mail_outbox (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient    VARCHAR(254)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         TEXT          NOT NULL,
    ical         TEXT          NULL,
    ical_method  VARCHAR(20)   NULL,
    status       VARCHAR(20)   NOT NULL,
    attempts     INT           NOT NULL,
    claimed_by   VARCHAR(100)  NULL,
    claimed_at   DATETIME(6)   NULL,
    created_at   DATETIME(6)   NOT NULL,
    sent_at      DATETIME(6)   NULL,
    last_error   VARCHAR(1000) NULL
);
CREATE INDEX ix_outbox_status ON mail_outbox (status, id);

-- The secret of a person's calendar feed URL; deleting or replacing the row revokes the old URL.
CREATE TABLE calendar_feed (
    person_id  BIGINT      NOT NULL PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);
