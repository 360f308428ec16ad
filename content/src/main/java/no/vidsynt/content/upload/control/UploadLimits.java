package no.vidsynt.content.upload.control;

/**
 * How much an upload may hold (OWASP ASVS 5.0 chapter 5): the file itself and, for an HTML package, what unpacking it
 * may produce.
 *
 * @param maxUploadBytes largest accepted file
 * @param maxEntries most entries in a package
 * @param maxUnpackedBytes most bytes all entries of a package may unpack to, counted as they are written
 * @param maxPathLength longest path of an entry in a package, in characters after normalisation
 * @param maxCompressionRatio largest ratio of unpacked to packed bytes of one entry before it counts as a bomb
 */
public record UploadLimits(
        long maxUploadBytes, int maxEntries, long maxUnpackedBytes, int maxPathLength, int maxCompressionRatio) {

    public static final long GIB = 1024L * 1024 * 1024;

    /** The defaults: 4 GiB files, packages of at most 10 000 entries unpacking to at most 2 GiB. */
    public static UploadLimits defaults() {
        return new UploadLimits(4 * GIB, 10_000, 2 * GIB, 400, 200);
    }
}
