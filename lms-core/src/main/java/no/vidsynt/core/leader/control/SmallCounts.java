package no.vidsynt.core.leader.control;

/**
 * Leaders see groups, never individuals: a count below {@value #THRESHOLD} would let them guess who did what, so it is
 * shown (and returned by the API) as "&lt;5" instead.
 */
public final class SmallCounts {

    public static final int THRESHOLD = 5;
    public static final String FEW = "<" + THRESHOLD;

    private SmallCounts() {}

    public static String mask(long count) {
        return count < THRESHOLD ? FEW : Long.toString(count);
    }
}
