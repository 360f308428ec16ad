package no.vidsynt.core.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.progress.control.ProgressRecorder;
import no.vidsynt.core.progress.entity.UnitProgress;
import no.vidsynt.core.spi.UnitType;

/**
 * What a learner does in a unit through the learner's pages and API, after the object-level checks: enrolled in the
 * unit's course (else "not found") and the unit available (else a conflict that says why).
 */
@ApplicationScoped
public class LearnerActions {

    @Inject
    Learning learning;

    @Inject
    ProgressRecorder recorder;

    @Inject
    UnitTypes unitTypes;

    /** Opening the unit: recorded as a visit. */
    @Transactional
    public UnitProgress visit(Person person, long unitId, Locale locale) {
        requireOpen(person, unitId, locale);
        return recorder.visit(person.getId(), unitId);
    }

    /** "Merk som fullført". */
    @Transactional
    public UnitProgress markDone(Person person, long unitId, Locale locale) {
        Learning.UnitAccess access = requireOpen(person, unitId, locale);
        UnitType.Completion completion =
                unitTypes.byKey(access.unit().type()).map(UnitType::completion).orElse(null);
        if (completion != UnitType.Completion.MARKED_DONE) {
            throw Refusal.conflict(LearningTexts.BUNDLE, "unit.notMarkable");
        }
        return recorder.markDone(person.getId(), unitId);
    }

    private Learning.UnitAccess requireOpen(Person person, long unitId, Locale locale) {
        Learning.UnitAccess access = learning.unit(person, unitId)
                .orElseThrow(() -> Refusal.notFound(LearningTexts.BUNDLE, "refused.noSuchUnit", unitId));
        if (!access.verdict().available()) {
            throw new NotAvailable(access.verdict().reasons());
        }
        return access;
    }

    /** The unit is not open to the learner yet: a conflict whose reason is the availability check's own sentences. */
    public static class NotAvailable extends Refusal {
        private static final long serialVersionUID = 1L;
        private final transient List<AvailabilityCheck.Reason> reasons;

        NotAvailable(List<AvailabilityCheck.Reason> reasons) {
            super(Kind.CONFLICT, LearningTexts.BUNDLE, "refused.notAvailable");
            this.reasons = List.copyOf(reasons);
        }

        @Override
        public String message(Locale locale) {
            return reasons.isEmpty() ? super.message(locale) : LearningTexts.reasons(reasons, locale);
        }
    }
}
