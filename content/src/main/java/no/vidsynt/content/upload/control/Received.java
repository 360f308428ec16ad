package no.vidsynt.content.upload.control;

import java.nio.file.Path;

/**
 * A file received to a temporary place, hashed on the way.
 *
 * @param file where it lies until it is stored or deleted
 * @param sha256 lower-case hex SHA-256 of its bytes
 * @param size its length in bytes
 */
public record Received(Path file, String sha256, long size) {}
