-- Indexes for the administrators' people search (sorted by name) and the audit log's filters (who, what).
CREATE INDEX ix_person_display_name ON person (display_name);
CREATE INDEX ix_audit_actor ON audit_log (actor);
CREATE INDEX ix_audit_action ON audit_log (action);
