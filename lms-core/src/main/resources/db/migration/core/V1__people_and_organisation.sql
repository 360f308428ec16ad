-- People and the organisational tree they belong to. Portable between MariaDB and H2 in MariaDB mode.
CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       NULL,
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE TABLE person (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(100) NOT NULL,
    display_name          VARCHAR(200) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    preferred_language    VARCHAR(10)  NOT NULL,
    password_hash         VARCHAR(500) NULL,
    active                BOOLEAN      NOT NULL,
    failed_sign_ins       INT          NOT NULL,
    sign_in_blocked_until DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uq_person_username UNIQUE (username),
    CONSTRAINT uq_person_email UNIQUE (email)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE TABLE person_unit (
    person_id BIGINT NOT NULL,
    unit_id   BIGINT NOT NULL,
    PRIMARY KEY (person_id, unit_id),
    CONSTRAINT fk_person_unit_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
