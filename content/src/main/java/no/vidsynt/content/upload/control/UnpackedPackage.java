package no.vidsynt.content.upload.control;

import java.util.List;

/**
 * An HTML package that passed every check.
 *
 * @param launchPath the page to open first (an {@code index.html} at the root or in the one top folder)
 * @param files its files
 */
public record UnpackedPackage(String launchPath, List<UnpackedFile> files) {

    public UnpackedPackage {
        files = List.copyOf(files);
    }

    /** Removes the temporary copies (after they were stored, or when something later failed). */
    public void discard() {
        files.forEach(file -> Receiver.deleteQuietly(file.temp()));
    }
}
