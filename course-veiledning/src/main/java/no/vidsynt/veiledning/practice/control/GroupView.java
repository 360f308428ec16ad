package no.vidsynt.veiledning.practice.control;

import java.io.Serializable;
import java.util.List;

/** A practice group as pages and the API show it: its members by name, in their order. */
public record GroupView(long id, long cohortId, String name, List<Member> members) implements Serializable {

    /** One member of a group. */
    public record Member(long personId, String name) implements Serializable {}
}
