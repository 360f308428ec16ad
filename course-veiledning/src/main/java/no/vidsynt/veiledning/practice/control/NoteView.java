package no.vidsynt.veiledning.practice.control;

import java.io.Serializable;
import java.time.Instant;
import no.vidsynt.veiledning.practice.entity.NoteKind;
import no.vidsynt.veiledning.practice.entity.RoundNote;

/** A preparation, case or reflection as its readers see it. */
public record NoteView(
        long id, long sessionId, long personId, String author, NoteKind kind, String body, Instant writtenAt)
        implements Serializable {

    static NoteView of(RoundNote note, String author) {
        return new NoteView(
                note.getId(),
                note.getSessionId(),
                note.getPersonId(),
                author,
                note.getKind(),
                note.getBody(),
                note.getWrittenAt());
    }
}
