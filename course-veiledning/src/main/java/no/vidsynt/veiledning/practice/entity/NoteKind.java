package no.vidsynt.veiledning.practice.entity;

/** What a trainee writes around a round, and who writes it. */
public enum NoteKind {
    /** The supervisor's preparation, before the session. */
    PREPARATION(PracticeRole.SUPERVISOR, false),
    /** The case the supervisee brings, before the session, without personal data. */
    CASE(PracticeRole.SUPERVISEE, false),
    /** The supervisor's reflection on the observers' feedback, after attending. */
    REFLECTION(PracticeRole.SUPERVISOR, true);

    private final PracticeRole writer;
    private final boolean afterAttendance;

    NoteKind(PracticeRole writer, boolean afterAttendance) {
        this.writer = writer;
        this.afterAttendance = afterAttendance;
    }

    /** The role that writes this kind of note. */
    public PracticeRole writer() {
        return writer;
    }

    /** Whether it is written once the writer has been marked attended. */
    public boolean afterAttendance() {
        return afterAttendance;
    }
}
