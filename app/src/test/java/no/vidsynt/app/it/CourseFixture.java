package no.vidsynt.app.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourseJson;

/**
 * Creates published test courses straight in the run's database (course, sections, units and a published version
 * whose structure is written by {@link PublishedCourseJson}), as the catalogue feature would after an author publishes.
 * The learning tests own no authoring, so this is how they get courses.
 */
public final class CourseFixture {

    private final String title;
    private String programme = "medarbeider";
    private boolean selfEnrolment = true;
    private PublishedCourse.CompletionRule rule = PublishedCourse.CompletionRule.ALL_REQUIRED;
    private Integer completionCount;
    private final List<SectionSpec> sections = new ArrayList<>();

    private record UnitSpec(
            String title, String type, boolean required, String settings, PublishedCourse.Availability availability) {}

    private record SectionSpec(String title, List<UnitSpec> units) {}

    /** A created course: its id and its units' ids in order. */
    public record Created(long courseId, List<Long> unitIds, List<Long> sectionIds) {
        public long unit(int index) {
            return unitIds.get(index);
        }
    }

    private CourseFixture(String title) {
        this.title = title;
    }

    public static CourseFixture course(String title) {
        return new CourseFixture(title);
    }

    public CourseFixture closed() {
        this.selfEnrolment = false;
        return this;
    }

    public CourseFixture nOfM(int count) {
        this.rule = PublishedCourse.CompletionRule.N_OF_M;
        this.completionCount = count;
        return this;
    }

    public CourseFixture section(String sectionTitle) {
        sections.add(new SectionSpec(sectionTitle, new ArrayList<>()));
        return this;
    }

    /** A "task" unit with the given text. */
    public CourseFixture task(String unitTitle, String text) {
        return unit(unitTitle, "task", true, "{\"text\": \"" + text.replace("\"", "\\\"") + "\"}", null);
    }

    /** A task unit that opens only after the previous unit of the course. */
    public CourseFixture taskAfterPrevious(String unitTitle, String text) {
        return unit(
                unitTitle,
                "task",
                true,
                "{\"text\": \"" + text + "\"}",
                new PublishedCourse.Availability(
                        List.of(new PublishedCourse.Prerequisite(PublishedCourse.Prerequisite.Kind.UNIT, -1)),
                        null,
                        null,
                        null,
                        null));
    }

    public CourseFixture unit(
            String unitTitle,
            String type,
            boolean required,
            String settings,
            PublishedCourse.Availability availability) {
        if (sections.isEmpty()) {
            section("Del 1");
        }
        sections.get(sections.size() - 1).units().add(new UnitSpec(unitTitle, type, required, settings, availability));
        return this;
    }

    /** Inserts everything in one go and publishes version 1. */
    public Created create() {
        try (Connection db = TestDatabase.connect()) {
            return create(db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Created create(Connection db) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
        long courseId = insert(
                db,
                "INSERT INTO course (programme_key, title, summary, self_enrolment, completion_rule,"
                        + " completion_count, published_version, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1, ?, 1)",
                programme,
                title,
                "Et testkurs: " + title,
                selfEnrolment,
                rule.name(),
                completionCount,
                now);
        List<PublishedCourse.Section> published = new ArrayList<>();
        List<Long> unitIds = new ArrayList<>();
        List<Long> sectionIds = new ArrayList<>();
        int sectionPosition = 0;
        for (SectionSpec section : sections) {
            long sectionId = insert(
                    db,
                    "INSERT INTO course_section (course_id, title, position, removed)" + " VALUES (?, ?, ?, FALSE)",
                    courseId,
                    section.title(),
                    sectionPosition++);
            sectionIds.add(sectionId);
            List<PublishedCourse.Unit> units = new ArrayList<>();
            int position = 0;
            for (UnitSpec unit : section.units()) {
                long unitId = insert(
                        db,
                        "INSERT INTO course_unit (course_id, section_id, unit_type, title, position,"
                                + " required, removed, settings) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)",
                        courseId,
                        sectionId,
                        unit.type(),
                        unit.title(),
                        position++,
                        unit.required(),
                        unit.settings());
                PublishedCourse.Availability availability = unit.availability();
                if (availability != null
                        && availability.prerequisites().stream().anyMatch(p -> p.id() == -1)) {
                    availability = new PublishedCourse.Availability(
                            List.of(new PublishedCourse.Prerequisite(
                                    PublishedCourse.Prerequisite.Kind.UNIT, unitIds.get(unitIds.size() - 1))),
                            null,
                            null,
                            null,
                            null);
                }
                units.add(new PublishedCourse.Unit(unitId, unit.type(), unit.title(), unit.required(), availability));
                unitIds.add(unitId);
            }
            published.add(new PublishedCourse.Section(sectionId, section.title(), units));
        }
        PublishedCourse structure = new PublishedCourse(
                courseId,
                programme,
                title,
                "Et testkurs: " + title,
                1,
                Instant.now(),
                rule,
                completionCount,
                published);
        insert(
                db,
                "INSERT INTO course_version (course_id, version_no, published_at, published_by, structure)"
                        + " VALUES (?, 1, ?, 'test', ?)",
                courseId,
                now,
                PublishedCourseJson.write(structure));
        return new Created(courseId, unitIds, sectionIds);
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
