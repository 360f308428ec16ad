-- The content module's own tables: authors' items and their immutable versions (files in the content-addressed
-- store, named by SHA-256), the files inside HTML packages, which version each course unit shows, learners' launches
-- (the one-time completion tokens) and the completions they reported. Units are referred to by course_unit id only.

CREATE TABLE content_item (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200) NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX ix_content_item_title ON content_item (title);

CREATE TABLE content_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    version_no      INT           NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    captions_sha256 CHAR(64)      NULL,
    launch_path     VARCHAR(512)  NULL,
    uploaded_by     VARCHAR(100)  NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uq_content_version UNIQUE (item_id, version_no),
    CONSTRAINT fk_content_version_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_content_version_sha ON content_version (sha256);

CREATE TABLE content_package_file (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    path       VARCHAR(512) NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    size_bytes BIGINT       NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    CONSTRAINT uq_package_file UNIQUE (version_id, path),
    CONSTRAINT fk_package_file_version FOREIGN KEY (version_id) REFERENCES content_version (id) ON DELETE CASCADE
);

CREATE TABLE content_publication (
    unit_id      BIGINT       NOT NULL PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_publication_unit FOREIGN KEY (unit_id) REFERENCES course_unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_publication_version FOREIGN KEY (version_id) REFERENCES content_version (id)
);

CREATE TABLE content_publication_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id    BIGINT       NOT NULL,
    version_id BIGINT       NOT NULL,
    action     VARCHAR(20)  NOT NULL,
    actor      VARCHAR(100) NOT NULL,
    at         DATETIME(6)  NOT NULL
);
CREATE INDEX ix_publication_log_unit ON content_publication_log (unit_id);

-- The version a learner started; they keep it until they complete the unit, whatever the author publishes meanwhile.
CREATE TABLE content_start (
    person_id  BIGINT      NOT NULL,
    unit_id    BIGINT      NOT NULL,
    version_id BIGINT      NOT NULL,
    started_at DATETIME(6) NOT NULL,
    PRIMARY KEY (person_id, unit_id),
    CONSTRAINT fk_start_version FOREIGN KEY (version_id) REFERENCES content_version (id)
);

-- One launch of a version for one person (and unit; none for an author's preview). The token names the package's
-- files on the content origin and, once, reports completion.
CREATE TABLE content_launch (
    token        CHAR(43)    NOT NULL PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    unit_id      BIGINT      NULL,
    version_id   BIGINT       NOT NULL,
    app_origin     VARCHAR(200) NOT NULL,
    content_origin VARCHAR(200) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NULL,
    CONSTRAINT fk_launch_version FOREIGN KEY (version_id) REFERENCES content_version (id)
);

CREATE TABLE content_completion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    version_id   BIGINT      NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_content_completion UNIQUE (person_id, unit_id)
);
