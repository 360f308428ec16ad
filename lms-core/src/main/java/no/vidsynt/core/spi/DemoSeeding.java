package no.vidsynt.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The demo being seeded, handed from one {@link DemoContribution} to the next: the demo region, and the demo courses
 * made so far by programme. The demo people are found by username through the core's people service.
 */
public final class DemoSeeding {

    private final long regionId;
    private final Map<String, Long> courses = new LinkedHashMap<>();

    public DemoSeeding(long regionId) {
        this.regionId = regionId;
    }

    /** The organisational unit at the top of the demo. */
    public long regionId() {
        return regionId;
    }

    /** A programme's demo course, for the contributions that come after the one that made it. */
    public void addCourse(String programmeKey, long courseId) {
        courses.put(programmeKey, courseId);
    }

    public Optional<Long> course(String programmeKey) {
        return Optional.ofNullable(courses.get(programmeKey));
    }

    /** Every demo course by programme key, in the order they were made. */
    public Map<String, Long> courses() {
        return Collections.unmodifiableMap(courses);
    }
}
