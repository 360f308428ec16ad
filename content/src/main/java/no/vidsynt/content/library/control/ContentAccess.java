package no.vidsynt.content.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.vidsynt.content.library.entity.ContentItem;
import no.vidsynt.core.catalogue.control.CourseAccess;
import no.vidsynt.core.catalogue.control.CourseNotFound;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.enrolment.control.EnrolmentFacts;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;

/**
 * Who may do what in the content library, on the core's rules and nowhere else: an item belongs to the author who
 * uploaded it (administrators may use every item); a unit's content is published and rolled back by those who may edit
 * the unit's course ({@link CourseAccess}); a unit's content is opened by them and by the people enrolled in the course
 * ({@link EnrolmentFacts}). What a person may not touch answers as "not found", as the core's services do.
 */
@ApplicationScoped
public class ContentAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess courses;

    @Inject
    EnrolmentFacts enrolments;

    /** The item when the person may use it (see it, add versions, publish it); otherwise 404. */
    public ContentItem item(Person person, long itemId) {
        ContentItem item = em.find(ContentItem.class, itemId);
        if (item == null || !mayUse(person, item)) {
            throw Refusal.notFound(Library.TEXTS, "refused.noSuchItem", itemId);
        }
        return item;
    }

    public boolean mayUse(Person person, ContentItem item) {
        Editor editor = Editor.of(person);
        return editor.admin() || item.getCreatedBy().equals(person.getUsername());
    }

    /** Whether the person lists every item (administrators) or only their own. */
    public Optional<String> ownerFilter(Person person) {
        return Editor.of(person).admin() ? Optional.empty() : Optional.of(person.getUsername());
    }

    /** Refuses (404) unless the person may edit the course the unit belongs to. */
    public void requireAuthoring(Person person, long unitId) {
        try {
            courses.courseOfUnit(Editor.of(person), unitId);
        } catch (CourseNotFound notTheirs) {
            throw Refusal.notFound(Library.TEXTS, "refused.notYourUnit", unitId);
        }
    }

    public boolean mayAuthor(Person person, long unitId) {
        try {
            courses.courseOfUnit(Editor.of(person), unitId);
            return true;
        } catch (CourseNotFound notTheirs) {
            return false;
        }
    }

    /**
     * The people who may take the unit (enrolled in its course as {@link EnrolmentFacts} defines it: never withdrawn),
     * and the course's editors, open a unit's content.
     */
    public boolean mayOpen(Person person, long unitId) {
        return enrolments.mayTake(person.getId(), unitId) || mayAuthor(person, unitId);
    }
}
