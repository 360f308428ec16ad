package no.vidsynt.content.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One piece of an author's material (a film, a PDF, a package...): a title over a row of immutable versions. */
@Entity
@Table(name = "content_item")
@NamedQuery(
        name = ContentItem.SEARCH,
        query = "SELECT i FROM ContentItem i WHERE LOWER(i.title) LIKE :pattern " + "ORDER BY i.createdAt DESC")
@NamedQuery(
        name = ContentItem.SEARCH_OWN,
        query = "SELECT i FROM ContentItem i WHERE LOWER(i.title) LIKE :pattern "
                + "AND i.createdBy = :owner ORDER BY i.createdAt DESC")
public class ContentItem {

    public static final String SEARCH = "ContentItem.search";
    public static final String SEARCH_OWN = "ContentItem.searchOwn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentKind kind;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected ContentItem() {
        // for JPA
    }

    public ContentItem(String title, ContentKind kind, String createdBy) {
        this.title = title;
        this.kind = kind;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ContentKind getKind() {
        return kind;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
