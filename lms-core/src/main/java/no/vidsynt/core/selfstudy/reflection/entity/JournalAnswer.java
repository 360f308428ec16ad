package no.vidsynt.core.selfstudy.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The answer to one prompt of a journal entry; the prompt's text is copied so the journal reads on its own. */
@Entity
@Table(name = "ss_journal_answer")
@IdClass(JournalAnswer.Key.class)
@NamedQuery(
        name = JournalAnswer.OF_ENTRY,
        query = "SELECT a FROM JournalAnswer a WHERE a.entryId = :entry ORDER BY a.position")
public class JournalAnswer {

    public static final String OF_ENTRY = "JournalAnswer.ofEntry";

    @Id
    @Column(name = "entry_id")
    private long entryId;

    @Id
    @Column(name = "position")
    private int position;

    @Column(nullable = false, length = 1000)
    private String prompt;

    @Lob
    @Column(nullable = false)
    private String body;

    protected JournalAnswer() {
        // for JPA
    }

    public JournalAnswer(long entryId, int position, String prompt, String body) {
        this.entryId = entryId;
        this.position = position;
        this.prompt = prompt;
        this.body = body;
    }

    public void rewrite(String newBody) {
        this.body = newBody;
    }

    public long getEntryId() {
        return entryId;
    }

    public int getPosition() {
        return position;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getBody() {
        return body;
    }

    /** The composite key (entry, position). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long entryId;
        private int position;

        public Key() {}

        public Key(long entryId, int position) {
            this.entryId = entryId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.entryId == entryId && key.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(entryId, position);
        }
    }
}
