package no.vidsynt.app.it.veiledning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.app.it.TestDatabase;

/**
 * People and units for the intake test, written with JDBC into the core's tables (they belong to other features):
 * learners in a unit, and a unit with a leader of its own. Passwords are the demo's, hashed with few iterations so that
 * parallel sign-ins do not queue for the CPU (the application reads the count from the stored hash).
 */
final class IntakeFixture {

    static final String PASSWORD = "vidsynt-demo";

    private IntakeFixture() {}

    static long unitId(String name) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT id FROM org_unit WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A department below the demo region, led by a new leader; returns the unit's id. */
    static long department(String name, String leaderUsername) throws SQLException {
        long region = unitId("Region sør");
        try (Connection db = TestDatabase.connect()) {
            long unit = insert(
                    db, "INSERT INTO org_unit (name, kind, parent_id) VALUES (?, 'DEPARTMENT', ?)", name, region);
            long leader = person(db, leaderUsername, "LEADER", unit);
            insert(db, "INSERT INTO org_unit_leader (unit_id, person_id) VALUES (?, ?)", unit, leader);
            return unit;
        }
    }

    /** Learners in a unit; returns their ids in order. */
    static List<Long> learners(String prefix, int count, long unit) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestDatabase.connect()) {
            for (int i = 1; i <= count; i++) {
                ids.add(person(db, prefix + i, "LEARNER", unit));
            }
        }
        return ids;
    }

    static String scalar(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long person(Connection db, String username, String role, long unit) throws SQLException {
        long id = insert(
                db,
                "INSERT INTO person (username, display_name, email, preferred_language, password_hash, active, "
                        + "failed_sign_ins, created_at, version) VALUES (?, ?, ?, 'nb', ?, TRUE, 0, ?, 1)",
                username,
                "Deltaker " + username,
                username + "@test.vidsynt.no",
                no.vidsynt.app.it.TestPasswords.cheapHash(PASSWORD),
                Timestamp.from(Instant.now()));
        insert(db, "INSERT INTO person_role (person_id, role) VALUES (?, ?)", id, role);
        insert(db, "INSERT INTO person_unit (person_id, unit_id) VALUES (?, ?)", id, unit);
        return id;
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet key = statement.getGeneratedKeys()) {
                return key.next() ? key.getLong(1) : 0;
            }
        }
    }
}
