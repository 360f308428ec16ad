package no.vidsynt.content.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One file inside an HTML package version, by its normalised path; its bytes are in the store. */
@Entity
@Table(name = "content_package_file")
@NamedQuery(
        name = PackageFile.BY_PATH,
        query = "SELECT f FROM PackageFile f WHERE f.versionId = :version " + "AND f.path = :path")
public class PackageFile {

    public static final String BY_PATH = "PackageFile.byPath";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(nullable = false, length = 512)
    private String path;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    protected PackageFile() {
        // for JPA
    }

    public PackageFile(long versionId, String path, String sha256, long sizeBytes, String mediaType) {
        this.versionId = versionId;
        this.path = path;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
    }

    public String getPath() {
        return path;
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
}
