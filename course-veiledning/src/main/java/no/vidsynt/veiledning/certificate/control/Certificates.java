package no.vidsynt.veiledning.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.people.entity.Role;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.veiledning.certificate.entity.Certificate;
import no.vidsynt.veiledning.completion.control.CohortTerms;
import no.vidsynt.veiledning.completion.control.ProgrammeCohorts;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.privacy.IdentityNumbers;

/**
 * Certificates (kursbevis): issued once per trainee and cohort when the course is completed, read by their holder,
 * verified by anyone who has the code, revoked by the cohort's trainer (or an administrator) with a reason that only
 * the holder is told. Anyone else asking for a certificate by id is told it does not exist.
 */
@ApplicationScoped
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeCohorts cohorts;

    @Inject
    People people;

    @Inject
    CertificateMails mails;

    Clock clock = Clock.systemUTC();

    /** What the public verification says about a code. */
    public enum Status {
        VALID,
        REVOKED,
        NOT_FOUND
    }

    /** A verification's answer: the certificate only when the code was found. */
    public record Verification(Status status, Certificate certificate) {}

    /**
     * Issues the trainee's certificate for their cohort in the course, once (a second call returns the first); empty
     * when the trainee is in no cohort of the programme there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Certificate> issue(long personId, long courseId) {
        Optional<CohortTerms> terms = cohorts.ofTrainee(personId, courseId);
        Optional<Person> person = people.byId(personId);
        if (terms.isEmpty() || person.isEmpty()) {
            return Optional.empty();
        }
        Optional<Certificate> existing = em.createNamedQuery(Certificate.OF_PERSON_IN_COHORT, Certificate.class)
                .setParameter("person", personId)
                .setParameter("cohort", terms.get().cohortId())
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        CohortTerms cohort = terms.get();
        Certificate certificate = new Certificate(
                unusedCode(),
                new Certificate.Statement(
                        personId,
                        cohort.cohortId(),
                        person.get().getDisplayName(),
                        cohort.name(),
                        cohort.startDate(),
                        cohort.endDate(),
                        cohort.hours()),
                clock.instant());
        em.persist(certificate);
        em.flush();
        mails.issued(person.get(), certificate);
        return Optional.of(certificate);
    }

    public List<Certificate> mine(long personId) {
        return em.createNamedQuery(Certificate.OF_PERSON, Certificate.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /** The holder's own certificate. */
    public Certificate mine(Person holder, long id) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null || certificate.getPersonId() != holder.getId()) {
            throw ProgrammeRefusal.notFound();
        }
        return certificate;
    }

    /** Anyone's question about a typed or followed code; a code whose check character is wrong is not found. */
    public Verification verify(String typed) {
        return CertificateCodes.parse(typed)
                .flatMap(code -> em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst())
                .map(found -> new Verification(found.isRevoked() ? Status.REVOKED : Status.VALID, found))
                .orElse(new Verification(Status.NOT_FOUND, null));
    }

    /** The certificates of the cohorts the person trains (all for an administrator). */
    public List<Certificate> ofTrainedCohorts(Person trainer) {
        List<Long> cohortIds = cohorts.trainedBy(trainer);
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Certificate.OF_COHORTS, Certificate.class)
                .setParameter("cohorts", cohortIds)
                .getResultList();
    }

    /** Revokes a certificate with a reason, which is mailed to the holder and never shown publicly. */
    @Transactional
    public Certificate revoke(Person actor, long id, String reason) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null || !mayRevoke(actor, certificate)) {
            throw ProgrammeRefusal.notFound();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ProgrammeRefusal.fields(java.util.Map.of("reason", "certificate.reasonRequired"));
        }
        if (why.length() > 1000) {
            throw ProgrammeRefusal.fields(java.util.Map.of("reason", "logbook.tooLong"));
        }
        if (IdentityNumbers.containsAny(why)) {
            throw ProgrammeRefusal.fields(java.util.Map.of("reason", "privacy.identityNumber"));
        }
        if (!certificate.revoke(actor.getId(), why, clock.instant())) {
            throw new ProgrammeRefusal(Refusal.Kind.CONFLICT, "certificate.alreadyRevoked");
        }
        people.byId(certificate.getPersonId()).ifPresent(holder -> mails.revoked(holder, certificate));
        return certificate;
    }

    public boolean mayRevoke(Person actor, Certificate certificate) {
        return actor.holds(Role.ADMIN)
                || cohorts.terms(certificate.getCohortId())
                        .map(terms -> terms.trainerId() == actor.getId())
                        .orElse(false);
    }

    private String unusedCode() {
        while (true) {
            String code = CertificateCodes.generate();
            if (em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                    .setParameter("code", code)
                    .getResultList()
                    .isEmpty()) {
                return code;
            }
        }
    }
}
