package no.vidsynt.content.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.vidsynt.content.library.entity.ContentItem;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.library.entity.PackageFile;
import no.vidsynt.content.upload.control.Accepted;
import no.vidsynt.core.audit.control.AuditLog;
import no.vidsynt.core.catalogue.control.CourseCatalogue;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;

/**
 * The authors' library in the database: items and their versions, which version each course unit shows
 * (publishing and rolling back), and where each item is used. Units are known by their {@code course_unit} id only;
 * their titles are read with plain SQL.
 */
@ApplicationScoped
public class Library {

    /** The content module's bundle, where its refusals' reasons are. */
    public static final String TEXTS = "no.vidsynt.content.i18n.content";

    /** An item in a list: its latest version and how many units use it. */
    public record ItemSummary(
            long id,
            String title,
            ContentKind kind,
            int latestVersion,
            String fileName,
            long size,
            Instant updatedAt,
            int usedIn) {}

    /** A unit that shows a version of an item, with how many learners still keep an older version. */
    public record Usage(
            long unitId,
            String unitTitle,
            String courseTitle,
            int versionNo,
            Instant publishedAt,
            String publishedBy,
            int learnersOnOlderVersions) {}

    /** A unit of type "content" an author can publish to. */
    public record UnitChoice(long id, String title, String courseTitle) {
        public String getLabel() {
            return courseTitle + " – " + title + " (#" + id + ")";
        }

        public long getId() {
            return id;
        }
    }

    /** What a unit shows now. */
    public record Publication(long unitId, long versionId, long itemId, int versionNo) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    ContentAccess access;

    @Inject
    CourseCatalogue catalogue;

    /** Records an accepted upload as the next version of an item (or as a new item). */
    @Transactional
    public ContentVersion record(Accepted accepted, String title, Long itemId, String captionsSha256, String actor) {
        ContentItem item;
        if (itemId == null) {
            String name = title == null || title.isBlank() ? titleFrom(accepted.fileName()) : title.strip();
            item = new ContentItem(cut(name, 200), accepted.kind(), actor);
            em.persist(item);
            em.flush();
        } else {
            item = item(itemId).orElseThrow(() -> Refusal.notFound(TEXTS, "refused.noSuchItem", itemId));
            if (item.getKind() != accepted.kind()) {
                throw Refusal.invalid(
                        TEXTS, "refused.otherKind", item.getKind().name().toLowerCase(Locale.ROOT));
            }
        }
        ContentVersion version = new ContentVersion(
                item.getId(),
                nextNumber(item.getId()),
                accepted.sha256(),
                accepted.size(),
                accepted.mediaType(),
                accepted.fileName(),
                captionsSha256,
                accepted.launchPath(),
                actor);
        em.persist(version);
        em.flush();
        for (Accepted.StoredFile file : accepted.files()) {
            em.persist(new PackageFile(version.getId(), file.path(), file.sha256(), file.size(), file.mediaType()));
        }
        audit.record(
                "content.uploaded",
                "content_item",
                item.getId(),
                "Version " + version.getVersionNo() + ": " + accepted.fileName());
        return version;
    }

    /** A new version of a video with captions: the same video bytes, the given captions. */
    @Transactional
    public ContentVersion addCaptions(long itemId, String captionsSha256, String actor) {
        ContentItem item = item(itemId).orElseThrow(() -> Refusal.notFound(TEXTS, "refused.noSuchItem", itemId));
        if (item.getKind() != ContentKind.VIDEO) {
            throw Refusal.invalid(TEXTS, "refused.captionsOnlyVideo");
        }
        ContentVersion latest = versions(itemId).get(0);
        ContentVersion version = new ContentVersion(
                itemId,
                latest.getVersionNo() + 1,
                latest.getSha256(),
                latest.getSizeBytes(),
                latest.getMediaType(),
                latest.getFileName(),
                captionsSha256,
                null,
                actor);
        em.persist(version);
        audit.record("content.captioned", "content_item", itemId, "Version " + version.getVersionNo());
        return version;
    }

    public Optional<ContentItem> item(long id) {
        return Optional.ofNullable(em.find(ContentItem.class, id));
    }

    public Optional<ContentVersion> version(long id) {
        return Optional.ofNullable(em.find(ContentVersion.class, id));
    }

    public Optional<ContentVersion> version(long itemId, int versionNo) {
        return versions(itemId).stream()
                .filter(v -> v.getVersionNo() == versionNo)
                .findFirst();
    }

    /** Newest first. */
    public List<ContentVersion> versions(long itemId) {
        return em.createNamedQuery(ContentVersion.OF_ITEM, ContentVersion.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** Items whose title contains the query: all of them, or only those of {@code owner} when given. */
    public List<ItemSummary> search(String query, Optional<String> owner) {
        String pattern = "%"
                + (query == null
                        ? ""
                        : query.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_"))
                + "%";
        var found = owner.isPresent()
                ? em.createNamedQuery(ContentItem.SEARCH_OWN, ContentItem.class).setParameter("owner", owner.get())
                : em.createNamedQuery(ContentItem.SEARCH, ContentItem.class);
        return found.setParameter("pattern", pattern).setMaxResults(200).getResultList().stream()
                .map(item -> {
                    ContentVersion latest = versions(item.getId()).get(0);
                    return new ItemSummary(
                            item.getId(),
                            item.getTitle(),
                            item.getKind(),
                            latest.getVersionNo(),
                            latest.getFileName(),
                            latest.getSizeBytes(),
                            latest.getUploadedAt(),
                            usage(item.getId()).size());
                })
                .toList();
    }

    /** The units that show a version of this item. */
    public List<Usage> usage(long itemId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT p.unit_id, v.version_no, p.published_at, p.published_by, "
                                + "(SELECT COUNT(*) FROM content_start s WHERE s.unit_id = p.unit_id "
                                + "AND s.version_id <> p.version_id) "
                                + "FROM content_publication p JOIN content_version v ON v.id = p.version_id WHERE v.item_id = ?")
                .setParameter(1, itemId)
                .getResultList();
        // Titles come from the catalogue, which owns the courses and their units.
        return rows.stream()
                .map(Object[].class::cast)
                .flatMap(row -> catalogue.unit(number(row[0])).stream()
                        .map(unit -> new Usage(
                                unit.id(),
                                catalogue.unitTitle(unit.id()).orElse(""),
                                catalogue.titles(List.of(unit.courseId())).getOrDefault(unit.courseId(), ""),
                                (int) number(row[1]),
                                instant(row[2]),
                                (String) row[3],
                                (int) number(row[4]))))
                .sorted(java.util.Comparator.comparing(Usage::courseTitle).thenComparing(Usage::unitTitle))
                .toList();
    }

    /**
     * Units of type "content" that are not removed, in courses this person may edit, for the author's "publish to
     * unit" choice.
     */
    public List<UnitChoice> contentUnits(Person person) {
        return catalogue.unitChoices().stream()
                .filter(unit -> "content".equals(unit.type()))
                .map(unit -> new UnitChoice(unit.id(), unit.unitTitle(), unit.courseTitle()))
                .filter(unit -> access.mayAuthor(person, unit.id()))
                .toList();
    }

    /** Makes a unit show this version from now on (learners who started another keep theirs until they finish). */
    @Transactional
    public Publication publish(long versionId, long unitId, String actor) {
        ContentVersion version =
                version(versionId).orElseThrow(() -> Refusal.notFound(TEXTS, "refused.noSuchVersion", versionId));
        requireContentUnit(unitId);
        show(unitId, version, "PUBLISHED", actor);
        return new Publication(unitId, versionId, version.getItemId(), version.getVersionNo());
    }

    /** Makes the unit show the version it showed before the current one. */
    @Transactional
    public Publication rollback(long unitId, String actor) {
        Publication current =
                publicationOf(unitId).orElseThrow(() -> Refusal.notFound(TEXTS, "refused.nothingPublished", unitId));
        List<?> earlier = em.createNativeQuery("SELECT version_id FROM content_publication_log WHERE unit_id = ? "
                        + "AND version_id <> ? ORDER BY id DESC")
                .setParameter(1, unitId)
                .setParameter(2, current.versionId())
                .setMaxResults(1)
                .getResultList();
        if (earlier.isEmpty()) {
            throw Refusal.invalid(TEXTS, "refused.noEarlierVersion");
        }
        ContentVersion previous = version(number(earlier.get(0))).orElseThrow();
        show(unitId, previous, "ROLLED_BACK", actor);
        return new Publication(unitId, previous.getId(), previous.getItemId(), previous.getVersionNo());
    }

    public Optional<Publication> publicationOf(long unitId) {
        List<?> rows = em.createNativeQuery("SELECT p.version_id, v.item_id, v.version_no FROM content_publication p "
                        + "JOIN content_version v ON v.id = p.version_id WHERE p.unit_id = ?")
                .setParameter(1, unitId)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .findFirst()
                .map(row -> new Publication(unitId, number(row[0]), number(row[1]), (int) number(row[2])));
    }

    public Optional<PackageFile> packageFile(long versionId, String path) {
        return em.createNamedQuery(PackageFile.BY_PATH, PackageFile.class)
                .setParameter("version", versionId)
                .setParameter("path", path)
                .getResultStream()
                .findFirst();
    }

    private void show(long unitId, ContentVersion version, String action, String actor) {
        var now = utc(Instant.now());
        int updated = em.createNativeQuery("UPDATE content_publication SET version_id = ?, published_by = ?, "
                        + "published_at = ? WHERE unit_id = ?")
                .setParameter(1, version.getId())
                .setParameter(2, actor)
                .setParameter(3, now)
                .setParameter(4, unitId)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO content_publication (unit_id, version_id, published_by, published_at) "
                            + "VALUES (?, ?, ?, ?)")
                    .setParameter(1, unitId)
                    .setParameter(2, version.getId())
                    .setParameter(3, actor)
                    .setParameter(4, now)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO content_publication_log (unit_id, version_id, action, actor, at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, unitId)
                .setParameter(2, version.getId())
                .setParameter(3, action)
                .setParameter(4, actor)
                .setParameter(5, now)
                .executeUpdate();
        audit.record(
                action.equals("PUBLISHED") ? "content.published" : "content.rolled-back",
                "course_unit",
                unitId,
                "Item " + version.getItemId() + " version " + version.getVersionNo());
    }

    private void requireContentUnit(long unitId) {
        var unit = catalogue
                .unit(unitId)
                .filter(found -> !found.removed())
                .orElseThrow(() -> Refusal.notFound(TEXTS, "refused.noSuchUnit", unitId));
        if (!"content".equals(unit.type())) {
            throw Refusal.invalid(TEXTS, "refused.notContentUnit", unitId);
        }
    }

    private int nextNumber(long itemId) {
        Integer last = em.createNamedQuery(ContentVersion.LAST_NUMBER, Integer.class)
                .setParameter("item", itemId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    static String titleFrom(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return base.replace('_', ' ').replace('-', ' ').strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Instants are stored as UTC wall-clock times (as the core's converter does). */
    public static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return value instanceof Instant instant ? instant : null;
    }
}
