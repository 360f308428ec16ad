package no.vidsynt.core.catalogue.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One published version of a course's structure, as learners see it: stored as JSON in {@code course_version.structure}
 * when an author publishes, read back by everything on the learner's side (enrolment, progress, "my learning").
 * Units keep their ids across versions, so progress recorded against a unit carries over to every later version that
 * still contains it.
 *
 * @param courseId the course
 * @param programmeKey the course module (programme) the course belongs to
 * @param title the course's title at publishing time
 * @param summary a short description, may be null
 * @param version the version number, 1 for the first publication
 * @param publishedAt when it was published
 * @param completionRule how the course is completed
 * @param completionCount for {@link CompletionRule#N_OF_M}: how many units must be completed
 * @param sections the sections in order
 */
public record PublishedCourse(
        long courseId,
        String programmeKey,
        String title,
        String summary,
        int version,
        Instant publishedAt,
        CompletionRule completionRule,
        Integer completionCount,
        List<Section> sections) {

    /** How a course counts as completed. */
    public enum CompletionRule {
        /** Every required unit completed (or passed). */
        ALL_REQUIRED,
        /** At least {@code completionCount} of the course's units completed. */
        N_OF_M
    }

    public PublishedCourse {
        Objects.requireNonNull(completionRule, "completionRule");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A section and its units, in order. */
    public record Section(long id, String title, List<Unit> units) {
        public Section {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }

    /**
     * A unit as published.
     *
     * @param id stable id (the {@code course_unit} row)
     * @param type the unit type's key (see {@link no.vidsynt.core.spi.UnitType})
     * @param title the title
     * @param required whether it counts for {@link CompletionRule#ALL_REQUIRED}
     * @param availability when the unit can be opened; {@link Availability#ALWAYS} when unrestricted
     */
    public record Unit(long id, String type, String title, boolean required, Availability availability) {
        public Unit {
            availability = availability == null ? Availability.ALWAYS : availability;
        }
    }

    /**
     * Availability rules of a unit; all given conditions must hold.
     *
     * @param prerequisites units, sections or courses the learner must have completed first
     * @param from open from this moment (inclusive), or null
     * @param until open until this moment (exclusive), or null
     * @param orgUnits only members of one of these organisational units (or units below them); empty: everyone
     * @param roles only holders of one of these roles; empty: everyone
     */
    public record Availability(
            List<Prerequisite> prerequisites, Instant from, Instant until, Set<Long> orgUnits, Set<String> roles) {

        public static final Availability ALWAYS = new Availability(List.of(), null, null, Set.of(), Set.of());

        public Availability {
            prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
            orgUnits = orgUnits == null ? Set.of() : Set.copyOf(orgUnits);
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }

        public boolean isUnrestricted() {
            return prerequisites.isEmpty() && from == null && until == null && orgUnits.isEmpty() && roles.isEmpty();
        }
    }

    /** Something to complete first. */
    public record Prerequisite(Kind kind, long id) {
        /** What the id names. */
        public enum Kind {
            UNIT,
            SECTION,
            COURSE
        }
    }

    /** Every unit, section by section, in order. */
    public List<Unit> units() {
        return sections.stream().flatMap(section -> section.units().stream()).toList();
    }
}
