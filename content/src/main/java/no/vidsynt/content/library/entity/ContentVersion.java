package no.vidsynt.content.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One upload of an item, never changed afterwards: its bytes are in the content store under {@link #getSha256()}.
 * A video's captions belong to the version, so adding captions makes a new version (the video is not copied).
 */
@Entity
@Table(name = "content_version")
@NamedQuery(
        name = ContentVersion.OF_ITEM,
        query = "SELECT v FROM ContentVersion v WHERE v.itemId = :item " + "ORDER BY v.versionNo DESC")
@NamedQuery(
        name = ContentVersion.LAST_NUMBER,
        query = "SELECT MAX(v.versionNo) FROM ContentVersion v " + "WHERE v.itemId = :item")
public class ContentVersion {

    public static final String OF_ITEM = "ContentVersion.ofItem";
    public static final String LAST_NUMBER = "ContentVersion.lastNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "captions_sha256", length = 64)
    private String captionsSha256;

    @Column(name = "launch_path", length = 512)
    private String launchPath;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.now();

    protected ContentVersion() {
        // for JPA
    }

    public ContentVersion(
            long itemId,
            int versionNo,
            String sha256,
            long sizeBytes,
            String mediaType,
            String fileName,
            String captionsSha256,
            String launchPath,
            String uploadedBy) {
        this.itemId = itemId;
        this.versionNo = versionNo;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.captionsSha256 = captionsSha256;
        this.launchPath = launchPath;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getFileName() {
        return fileName;
    }

    public String getCaptionsSha256() {
        return captionsSha256;
    }

    public String getLaunchPath() {
        return launchPath;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
