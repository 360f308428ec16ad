package no.vidsynt.core.selfstudy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.enrolment.control.EnrolmentFacts;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;

/**
 * The course units the self-study types live in, as the catalogue and the enrolments tell them: which type a unit has,
 * its title and course, who may open it and who may edit it.
 */
@ApplicationScoped
public class SelfStudyUnits {

    /** What the self-study pages need to know about a course unit. */
    public record UnitInfo(long id, long courseId, String type, String title, String courseTitle) {}

    @jakarta.inject.Inject
    no.vidsynt.core.security.boundary.CurrentPerson currentPerson;

    @jakarta.inject.Inject
    CourseCatalogue catalogue;

    @jakarta.inject.Inject
    EnrolmentFacts enrolments;

    public Optional<UnitInfo> find(long unitId) {
        return catalogue
                .unit(unitId)
                .filter(unit -> !unit.removed())
                .map(unit -> new UnitInfo(
                        unit.id(),
                        unit.courseId(),
                        unit.type(),
                        catalogue.unitTitle(unitId).orElse(""),
                        catalogue.titles(List.of(unit.courseId())).getOrDefault(unit.courseId(), "")));
    }

    /** The unit's own settings (a JSON object), or null when it has none. */
    public String settingsOf(long unitId) {
        return catalogue.unit(unitId).map(CourseCatalogue.UnitRow::settings).orElse(null);
    }

    public Optional<String> typeOf(long unitId) {
        return find(unitId).map(UnitInfo::type);
    }

    /** The unit when it exists and has the given type; otherwise 404 (the same answer whatever the reason). */
    public UnitInfo require(long unitId, String type) {
        UnitInfo unit = find(unitId).filter(found -> found.type().equals(type)).orElseThrow(() -> noSuchUnit(type));
        signedIn().ifPresent(person -> {
            if (!mayOpen(person, unit.courseId())) {
                throw noSuchUnit(type);
            }
        });
        return unit;
    }

    /** Learners open units of courses they are enrolled in; the course's authors and administrators open all. */
    public boolean mayOpen(Person person, long courseId) {
        if (mayEdit(person, courseId)) {
            return true;
        }
        return enrolments.isEnrolled(person.getId(), courseId);
    }

    /** Not there, not of this type, or not the person's: all read the same. */
    private static Refusal noSuchUnit(String type) {
        return Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchUnit", type);
    }

    /** The person behind this request; empty outside requests (start-up, scheduled jobs), where no check applies. */
    private java.util.Optional<Person> signedIn() {
        try {
            return currentPerson.get();
        } catch (jakarta.enterprise.context.ContextNotActiveException outsideRequest) {
            return java.util.Optional.empty();
        }
    }

    /** The catalogue's one rule: administrators, and the course's own authors. */
    public boolean mayEdit(Person person, long courseId) {
        return no.vidsynt.core.catalogue.control.Editor.of(person).mayEdit(catalogue.authorIds(courseId));
    }
}
