package no.vidsynt.core.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.scheduling.control.BookingRefused;
import no.vidsynt.core.scheduling.control.UnitGate;

/**
 * Booking asks this before a seat is given in a session linked to a unit: the unit must be open to the person by its
 * availability rules (for example "finish the self-study first"), exactly as the unit page decides. The refusal
 * names the reasons in the reader's language. Whether the person may book at all (enrolled in the course) is booking's
 * own check; a unit that is not in a published course has no rules in force, so this does not refuse it.
 */
@ApplicationScoped
public class UnitAvailabilityGate implements UnitGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    Learning learning;

    @Override
    public Optional<BookingRefused.Localised> closed(long personId, long unitId) {
        Person person = em.find(Person.class, personId);
        Optional<Learning.UnitAccess> access = person == null ? Optional.empty() : learning.unit(person, unitId);
        if (access.isEmpty() || access.get().verdict().available()) {
            return Optional.empty();
        }
        List<AvailabilityCheck.Reason> reasons = access.get().verdict().reasons();
        return Optional.of(locale -> LearningTexts.reasons(reasons, locale));
    }
}
