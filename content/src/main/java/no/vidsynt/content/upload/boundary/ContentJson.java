package no.vidsynt.content.upload.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import no.vidsynt.content.library.entity.ContentVersion;

/** The JSON of a content version, the same from the upload servlet and the REST resource. */
public final class ContentJson {

    private ContentJson() {}

    public static JsonObjectBuilder version(ContentVersion version) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", version.getId())
                .add("itemId", version.getItemId())
                .add("versionNo", version.getVersionNo())
                .add("sha256", version.getSha256())
                .add("size", version.getSizeBytes())
                .add("mediaType", version.getMediaType())
                .add("fileName", version.getFileName())
                .add("uploadedBy", version.getUploadedBy())
                .add("uploadedAt", version.getUploadedAt().toString())
                .add("mediaUrl", "/media/" + version.getId() + "/" + version.getSha256())
                .add("hasCaptions", version.getCaptionsSha256() != null);
        if (version.getLaunchPath() != null) {
            json.add("launchPath", version.getLaunchPath());
        }
        return json;
    }
}
