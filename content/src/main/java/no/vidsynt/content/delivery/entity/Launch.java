package no.vidsynt.content.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One opening of a content version by one person, for one unit (none for an author's preview). Its random token names
 * the package's files on the content origin and reports completion once; it grants nothing else.
 */
@Entity
@Table(name = "content_launch")
public class Launch {

    @Id
    @Column(length = 43)
    private String token;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "app_origin", nullable = false, length = 200)
    private String appOrigin;

    @Column(name = "content_origin", nullable = false, length = 200)
    private String contentOrigin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Launch() {
        // for JPA
    }

    public Launch(
            String token,
            long personId,
            Long unitId,
            long versionId,
            String appOrigin,
            String contentOrigin,
            Instant expiresAt) {
        this.token = token;
        this.appOrigin = appOrigin;
        this.contentOrigin = contentOrigin;
        this.personId = personId;
        this.unitId = unitId;
        this.versionId = versionId;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public void complete(Instant at) {
        completedAt = at;
    }

    public String getToken() {
        return token;
    }

    public long getPersonId() {
        return personId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public long getVersionId() {
        return versionId;
    }

    /** The origin of the app page that opened it: the only one allowed to frame the package. */
    public String getAppOrigin() {
        return appOrigin;
    }

    /** The origin its package files are served from; requests on any other origin are refused. */
    public String getContentOrigin() {
        return contentOrigin;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
