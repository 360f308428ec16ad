package no.vidsynt.core.selfstudy.page.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image or attachment of a reading page, kept in the database (small files only; see FileCheck). */
@Entity
@Table(name = "ss_file")
@NamedQuery(name = PageFile.OF_UNIT, query = "SELECT f FROM PageFile f WHERE f.unitId = :unit ORDER BY f.id")
public class PageFile {

    public static final String OF_UNIT = "PageFile.ofUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.now();

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected PageFile() {
        // for JPA
    }

    public PageFile(long unitId, String fileName, String contentType, byte[] data, String uploadedBy) {
        this.unitId = unitId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.data = data;
        this.sizeBytes = data.length;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getData() {
        return data;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The address the file is served at, for Markdown links and images. */
    public String getPath() {
        return "/api/v1/selfstudy/files/" + id;
    }
}
