package no.vidsynt.core.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.PublishedCourses;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.organisation.control.Organisation;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.progress.control.CourseCompletion;
import no.vidsynt.core.progress.control.ProgressFacts;
import no.vidsynt.core.progress.entity.UnitProgress;

/**
 * The learner's side, read-only: "my learning", a course with the status and availability of every unit, and the
 * checks before a unit opens (enrolled, published, available). Everything is about the given person only.
 */
@ApplicationScoped
public class Learning {

    @Inject
    PublishedCourses publishedCourses;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Enrolments enrolments;

    @Inject
    Organisation organisation;

    @Inject
    ProgressFacts progressFacts;

    Clock clock = Clock.systemUTC();

    /** Where a person is with a unit; NOT_STARTED has no progress row. */
    public enum UnitStatus {
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED,
        PASSED,
        FAILED;

        public boolean isDone() {
            return this == COMPLETED || this == PASSED;
        }

        static UnitStatus of(UnitProgress.Status status) {
            return status == null ? NOT_STARTED : valueOf(status.name());
        }
    }

    /** A unit by id and title. */
    public record UnitRef(long id, String title) {
        static UnitRef of(PublishedCourse.Unit unit) {
            return unit == null ? null : new UnitRef(unit.id(), unit.title());
        }
    }

    /** One enrolled (or completed, or withdrawn) course on "my learning". */
    public record CourseSummary(
            long courseId,
            String title,
            String programmeKey,
            Enrolment.Status status,
            Instant completedAt,
            CourseCompletion.Progress progress,
            UnitRef lastVisited,
            UnitRef next) {}

    /** A unit with the person's status and whether it is open to them. */
    public record UnitState(PublishedCourse.Unit unit, UnitStatus status, AvailabilityCheck.Verdict verdict) {}

    /** A section with its units' states. */
    public record SectionState(PublishedCourse.Section section, List<UnitState> units) {}

    /** A published course as the person sees it. */
    public record CourseState(
            CourseCatalogue.Listing listing,
            PublishedCourse course,
            Enrolment enrolment,
            List<SectionState> sections,
            CourseCompletion.Progress progress) {

        public boolean isEnrolled() {
            return enrolment != null && enrolment.isEnrolled();
        }

        /** Where the course page's "Start"/"Fortsett" leads: the first open unit not done yet, or null when none. */
        public PublishedCourse.Unit nextUnit() {
            return sections.stream()
                    .flatMap(section -> section.units().stream())
                    .filter(unit -> unit.verdict().available() && !unit.status().isDone())
                    .map(UnitState::unit)
                    .findFirst()
                    .orElse(null);
        }

        /** Whether the person has opened or done any unit of the course ("Fortsett" rather than "Start"). */
        public boolean isStarted() {
            return sections.stream()
                    .flatMap(section -> section.units().stream())
                    .anyMatch(unit -> unit.status() != UnitStatus.NOT_STARTED);
        }
    }

    /** A unit the person may open (or is refused with reasons), with its neighbours. */
    public record UnitAccess(
            PublishedCourse course,
            PublishedCourse.Section section,
            PublishedCourse.Unit unit,
            UnitRef previous,
            UnitRef next,
            UnitStatus status,
            AvailabilityCheck.Verdict verdict,
            String settings) {}

    /** Progress rows of a person, by unit id. */
    private Map<Long, UnitProgress> progressOf(long personId, Long courseId) {
        return progressFacts.inCourse(personId, courseId);
    }

    /** What the availability rules need to know about the person. */
    public AvailabilityCheck.Learner learner(Person person, Map<Long, UnitProgress> allProgress) {
        Set<Long> done = allProgress.values().stream()
                .filter(UnitProgress::isDone)
                .map(UnitProgress::getUnitId)
                .collect(Collectors.toSet());
        Set<Long> completedCourses = new HashSet<>();
        enrolments.of(person.getId()).stream()
                .filter(e -> e.getCompletedAt() != null)
                .forEach(e -> completedCourses.add(e.getCourseId()));
        Set<String> roles = person.getRoles().stream().map(Role::groupName).collect(Collectors.toSet());
        Set<Long> units = person.getUnits().stream().map(OrgUnit::getId).collect(Collectors.toSet());
        Map<Long, String> courseTitles = new HashMap<>();
        Map<Long, String> unitNames = new HashMap<>();
        return new AvailabilityCheck.Learner(
                done,
                completedCourses,
                roles,
                units,
                organisation::unitAndDescendants,
                id -> courseTitles.computeIfAbsent(
                        id, key -> catalogue.titles(List.of(key)).get(key)),
                id -> {
                    if (unitNames.isEmpty()) {
                        unitNames.putAll(organisation.unitNames());
                    }
                    return unitNames.get(id);
                });
    }

    /** Every course the person is or was enrolled in, newest enrolment first. */
    public List<CourseSummary> myCourses(Person person) {
        List<Enrolment> mine = enrolments.of(person.getId());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitProgress> progress = progressOf(person.getId(), null);
        AvailabilityCheck.Learner learner = learner(person, progress);
        Instant now = clock.instant();
        List<CourseSummary> summaries = new ArrayList<>();
        for (Enrolment enrolment : mine) {
            Optional<PublishedCourse> published = publishedCourses.latest(enrolment.getCourseId());
            if (published.isEmpty()) {
                continue;
            }
            PublishedCourse course = published.get();
            PublishedCourse.Unit last = course.units().stream()
                    .filter(unit -> progress.containsKey(unit.id())
                            && progress.get(unit.id()).getLastVisited() != null)
                    .max(Comparator.comparing(unit -> progress.get(unit.id()).getLastVisited()))
                    .orElse(null);
            PublishedCourse.Unit next = course.units().stream()
                    .filter(unit -> !learner.doneUnitIds().contains(unit.id()))
                    .filter(unit ->
                            AvailabilityCheck.check(course, unit, learner, now).available())
                    .findFirst()
                    .orElse(null);
            summaries.add(new CourseSummary(
                    course.courseId(),
                    course.title(),
                    course.programmeKey(),
                    enrolment.getStatus(),
                    enrolment.getCompletedAt(),
                    CourseCompletion.progress(course, learner.doneUnitIds()),
                    UnitRef.of(last),
                    UnitRef.of(next)));
        }
        return summaries;
    }

    /** A published course with the person's status per unit; empty when the course is not published. */
    public Optional<CourseState> course(Person person, long courseId) {
        Optional<CourseCatalogue.Listing> listing = catalogue.published(courseId);
        Optional<PublishedCourse> published = publishedCourses.latest(courseId);
        if (listing.isEmpty() || published.isEmpty()) {
            return Optional.empty();
        }
        PublishedCourse course = published.get();
        Map<Long, UnitProgress> progress = progressOf(person.getId(), null);
        AvailabilityCheck.Learner learner = learner(person, progress);
        Instant now = clock.instant();
        List<SectionState> sections = course.sections().stream()
                .map(section -> new SectionState(
                        section,
                        section.units().stream()
                                .map(unit -> new UnitState(
                                        unit,
                                        UnitStatus.of(Optional.ofNullable(progress.get(unit.id()))
                                                .map(UnitProgress::getStatus)
                                                .orElse(null)),
                                        AvailabilityCheck.check(course, unit, learner, now)))
                                .toList()))
                .toList();
        return Optional.of(new CourseState(
                listing.get(),
                course,
                enrolments.of(person.getId(), courseId).orElse(null),
                sections,
                CourseCompletion.progress(course, learner.doneUnitIds())));
    }

    /**
     * The unit as the person may see it: empty when the unit does not exist in the published course or the person is
     * not enrolled in it. A unit that is not available yet comes with its reasons.
     */
    public Optional<UnitAccess> unit(Person person, long unitId) {
        Optional<CourseCatalogue.UnitRow> row = catalogue.unit(unitId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        long courseId = row.get().courseId();
        if (enrolments
                .of(person.getId(), courseId)
                .filter(Enrolment::isEnrolled)
                .isEmpty()) {
            return Optional.empty();
        }
        Optional<PublishedCourse> published = publishedCourses.latest(courseId);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedCourse course = published.get();
        List<PublishedCourse.Unit> units = course.units();
        int index = -1;
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).id() == unitId) {
                index = i;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        PublishedCourse.Unit unit = units.get(index);
        PublishedCourse.Section section = course.sections().stream()
                .filter(candidate -> candidate.units().contains(unit))
                .findFirst()
                .orElseThrow();
        Map<Long, UnitProgress> progress = progressOf(person.getId(), null);
        AvailabilityCheck.Learner learner = learner(person, progress);
        UnitProgress mine = progress.get(unitId);
        return Optional.of(new UnitAccess(
                course,
                section,
                unit,
                index > 0 ? UnitRef.of(units.get(index - 1)) : null,
                index < units.size() - 1 ? UnitRef.of(units.get(index + 1)) : null,
                UnitStatus.of(mine == null ? null : mine.getStatus()),
                AvailabilityCheck.check(course, unit, learner, clock.instant()),
                row.get().settings()));
    }

    /** The person's progress rows, optionally in one course, in unit order of recording. */
    public List<UnitProgress> progress(long personId, Long courseId) {
        return progressOf(personId, courseId).values().stream()
                .sorted(Comparator.comparing(UnitProgress::getCourseId).thenComparing(UnitProgress::getUnitId))
                .toList();
    }

    /** Course titles by id. */
    public Map<Long, String> courseTitles(java.util.Collection<Long> courseIds) {
        return catalogue.titles(courseIds);
    }
}
