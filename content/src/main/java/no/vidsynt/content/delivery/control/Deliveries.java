package no.vidsynt.content.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import no.vidsynt.content.delivery.entity.Launch;
import no.vidsynt.content.library.control.ContentAccess;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.library.entity.PackageFile;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;

/**
 * What a learner gets of a content unit: which version (the one they started, until they complete it; otherwise the
 * published one), launches of packages with their one-time completion token, who may fetch which stored content,
 * and the completion a package reports.
 */
@ApplicationScoped
public class Deliveries {

    /** How long a launch's files can be fetched and its completion reported. */
    static final Duration LAUNCH_LIFETIME = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Library library;

    @Inject
    ContentAccess access;

    @Inject
    Event<ContentCompleted> completed;

    /**
     * The version this person sees in the unit. Only those who may open the unit ({@link ContentAccess#mayOpen}: enrolled
     * in its course, or its editors) see it. Empty when the unit shows no content (or does not exist for them).
     */
    @Transactional
    public Optional<ContentVersion> versionFor(Person person, long unitId) {
        if (!access.mayOpen(person, unitId)) {
            return Optional.empty();
        }
        long personId = person.getId();
        List<?> started = em.createNativeQuery(
                        "SELECT version_id FROM content_start WHERE person_id = ? AND unit_id = ?")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .getResultList();
        if (!started.isEmpty()) {
            return library.version(Library.number(started.get(0)));
        }
        Optional<Library.Publication> publication = library.publicationOf(unitId);
        if (publication.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery(
                        "INSERT INTO content_start (person_id, unit_id, version_id, started_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .setParameter(3, publication.get().versionId())
                .setParameter(4, Library.utc(Instant.now()))
                .executeUpdate();
        return library.version(publication.get().versionId());
    }

    /** A launch of the version the person sees in the unit, or empty when they may not open it. */
    @Transactional
    public Optional<Launch> launch(Person person, long unitId, String appOrigin, String contentOrigin) {
        return versionFor(person, unitId)
                .map(version -> newLaunch(person.getId(), unitId, version.getId(), appOrigin, contentOrigin));
    }

    /** An author's preview of a version of their own item: serves its files, reports nothing. */
    @Transactional
    public Launch preview(Person person, long versionId, String appOrigin, String contentOrigin) {
        ContentVersion version = library.version(versionId)
                .orElseThrow(() -> Refusal.notFound(Library.TEXTS, "refused.noSuchVersion", versionId));
        access.item(person, version.getItemId());
        return newLaunch(person.getId(), null, versionId, appOrigin, contentOrigin);
    }

    public Optional<Launch> launchOf(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Launch.class, token)).filter(launch -> launch.isValidAt(Instant.now()));
    }

    /** A file of the package a live launch opened, served only on the launch's content origin. */
    public Optional<PackageFile> packageFile(String token, String requestOrigin, String path) {
        return launchOf(token)
                .filter(launch -> launch.getContentOrigin().equalsIgnoreCase(requestOrigin))
                .flatMap(launch -> library.packageFile(launch.getVersionId(), path));
    }

    /**
     * Records the completion a package reported through its launch: only the launch's own person, only once, only for
     * a unit. Fires {@link ContentCompleted}. Afterwards the person sees the published version again.
     *
     * @return false when the token is unknown, expired, someone else's, a preview or already used
     */
    @Transactional
    public boolean complete(String token, long personId) {
        Optional<Launch> found = launchOf(token);
        if (found.isEmpty()
                || found.get().getPersonId() != personId
                || found.get().getUnitId() == null
                || found.get().getCompletedAt() != null) {
            return false;
        }
        Launch launch = found.get();
        Instant now = Instant.now();
        launch.complete(now);
        record(personId, launch.getUnitId(), launch.getVersionId(), now);
        return true;
    }

    /** A video played to its end (the player reports it): completes the unit for the person watching. */
    @Transactional
    public boolean completeWatched(long personId, long unitId) {
        List<?> started = em.createNativeQuery(
                        "SELECT version_id FROM content_start WHERE person_id = ? AND unit_id = ?")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .getResultList();
        if (started.isEmpty()) {
            return false;
        }
        record(personId, unitId, Library.number(started.get(0)), Instant.now());
        return true;
    }

    public boolean isCompleted(long personId, long unitId) {
        return !em.createNativeQuery("SELECT id FROM content_completion WHERE person_id = ? AND unit_id = ?")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .getResultList()
                .isEmpty();
    }

    /**
     * Whether the person may fetch this stored content: when it belongs to an item they may use (their own; every item
     * for administrators), or to a version they started or one shown in a unit, in a unit they may open still
     * ({@link ContentAccess#mayOpen}: a learner who withdrew no longer gets the version they had started).
     */
    public boolean mayFetch(String sha256, Person person) {
        List<?> items = em.createNativeQuery("SELECT DISTINCT v.item_id FROM content_version v "
                        + "WHERE v.sha256 = ? OR v.captions_sha256 = ?")
                .setParameter(1, sha256)
                .setParameter(2, sha256)
                .getResultList();
        for (Object itemId : items) {
            var item = library.item(Library.number(itemId));
            if (item.isPresent() && access.mayUse(person, item.get())) {
                return true;
            }
        }
        List<?> started = em.createNativeQuery("SELECT s.unit_id FROM content_start s "
                        + "JOIN content_version v ON v.id = s.version_id "
                        + "WHERE (v.sha256 = ? OR v.captions_sha256 = ?) AND s.person_id = ?")
                .setParameter(1, sha256)
                .setParameter(2, sha256)
                .setParameter(3, person.getId())
                .getResultList();
        if (started.stream().anyMatch(unitId -> access.mayOpen(person, Library.number(unitId)))) {
            return true;
        }
        List<?> units = em.createNativeQuery("SELECT p.unit_id FROM content_publication p "
                        + "JOIN content_version v ON v.id = p.version_id WHERE v.sha256 = ? OR v.captions_sha256 = ?")
                .setParameter(1, sha256)
                .setParameter(2, sha256)
                .getResultList();
        return units.stream().anyMatch(unitId -> access.mayOpen(person, Library.number(unitId)));
    }

    private void record(long personId, long unitId, long versionId, Instant now) {
        if (!isCompleted(personId, unitId)) {
            em.createNativeQuery("INSERT INTO content_completion (person_id, unit_id, version_id, completed_at) "
                            + "VALUES (?, ?, ?, ?)")
                    .setParameter(1, personId)
                    .setParameter(2, unitId)
                    .setParameter(3, versionId)
                    .setParameter(4, Library.utc(now))
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM content_start WHERE person_id = ? AND unit_id = ?")
                .setParameter(1, personId)
                .setParameter(2, unitId)
                .executeUpdate();
        completed.fire(new ContentCompleted(personId, unitId));
    }

    private Launch newLaunch(long personId, Long unitId, long versionId, String appOrigin, String contentOrigin) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Launch launch = new Launch(
                token,
                personId,
                unitId,
                versionId,
                appOrigin,
                contentOrigin,
                Instant.now().plus(LAUNCH_LIFETIME));
        em.persist(launch);
        return launch;
    }
}
