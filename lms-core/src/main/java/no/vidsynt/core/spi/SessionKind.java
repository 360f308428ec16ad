package no.vidsynt.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * A kind of training session a module offers, beside the core's (teaching day, workshop, leader gathering). Its label
 * is the key {@code kind.<KEY>} in the module's bundle.
 *
 * @param key upper-case key stored in {@code training_session.kind}, such as {@code PEER_REVIEW}
 */
public record SessionKind(String key) {

    /** The kinds the core offers every programme; labels in the core's scheduling bundle. */
    public static final List<String> CORE_KEYS = List.of("TEACHING_DAY", "WORKSHOP", "LEADER_GATHERING");

    public SessionKind {
        Objects.requireNonNull(key, "key");
    }

    public String labelKey() {
        return "kind." + key;
    }
}
