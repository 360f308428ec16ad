package no.vidsynt.content.upload.control;

import no.vidsynt.content.library.entity.ContentKind;

/**
 * What an uploaded file really is.
 *
 * @param kind the kind it is accepted as
 * @param mediaType the media type it is served with, from its bytes
 * @param fileName its name, normalised (NFC, no folders)
 */
public record Inspected(ContentKind kind, String mediaType, String fileName) {}
