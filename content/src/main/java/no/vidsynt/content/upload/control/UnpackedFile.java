package no.vidsynt.content.upload.control;

import java.nio.file.Path;

/**
 * One file of an HTML package, unpacked to a temporary place and checked.
 *
 * @param path its normalised path inside the package
 * @param temp where it lies until it is stored
 * @param sha256 hash of its bytes
 * @param size its length
 * @param mediaType what it is served as
 */
public record UnpackedFile(String path, Path temp, String sha256, long size, String mediaType) {}
