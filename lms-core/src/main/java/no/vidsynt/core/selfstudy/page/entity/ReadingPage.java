package no.vidsynt.core.selfstudy.page.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The Markdown text of a reading-page unit, and whether reaching its end completes it. */
@Entity
@Table(name = "ss_page")
public class ReadingPage {

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    @Lob
    @Column(nullable = false)
    private String markdown = "";

    @Column(name = "done_at_end", nullable = false)
    private boolean doneAtEnd;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected ReadingPage() {
        // for JPA
    }

    public ReadingPage(long unitId) {
        this.unitId = unitId;
    }

    public void edit(String newMarkdown, boolean completeAtEnd) {
        this.markdown = newMarkdown == null ? "" : newMarkdown;
        this.doneAtEnd = completeAtEnd;
        this.updatedAt = Instant.now();
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getMarkdown() {
        return markdown;
    }

    public boolean isDoneAtEnd() {
        return doneAtEnd;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
