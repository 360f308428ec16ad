package no.vidsynt.core.spi;

import java.util.List;

/**
 * Kinds of training session a module offers (the core offers teaching day, practice training, workshop, supervision
 * group and leader gathering). A kind's label is the key {@code kind.<KEY>} in {@link #bundleBaseName()}.
 */
public interface SessionKinds {

    /** Upper-case keys stored in {@code training_session.kind}, such as {@code PRACTICE_TRAINING}. */
    List<String> keys();

    String bundleBaseName();
}
