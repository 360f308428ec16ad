package no.vidsynt.core.people.entity;

import java.util.Locale;

/** What a person may do in VidSynt. The lower-case name is the security group and role name. */
public enum Role {
    LEARNER,
    TRAINER,
    AUTHOR,
    LEADER,
    ADMIN;

    /** The role name used by Jakarta Security and in {@code web.xml}. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final String LEARNER_ROLE = "learner";
    public static final String TRAINER_ROLE = "trainer";
    public static final String AUTHOR_ROLE = "author";
    public static final String LEADER_ROLE = "leader";
    public static final String ADMIN_ROLE = "admin";
}
