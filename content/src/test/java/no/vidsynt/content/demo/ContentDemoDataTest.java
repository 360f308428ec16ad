package no.vidsynt.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.vidsynt.content.library.entity.ContentKind;
import no.vidsynt.content.store.control.FolderContentStore;
import no.vidsynt.content.upload.control.UploadLimits;
import no.vidsynt.content.upload.control.UploadPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's film, captions, PDF and exercise pass the same checks as an author's upload, and stay small. */
class ContentDemoDataTest {

    private static final UploadLimits LIMITS =
            new UploadLimits(4L * UploadLimits.GIB, 10_000, 2L * UploadLimits.GIB, 400, 200);

    @TempDir
    Path folder;

    @Test
    void everyDemoFileIsAcceptedAsItsKind() throws Exception {
        var store = new FolderContentStore(folder);
        assertThat(accept(store, "barnets-prosjekt.webm", ContentDemoData.resource("film.webm"))
                        .kind())
                .isEqualTo(ContentKind.VIDEO);
        assertThat(accept(store, "barnets-prosjekt.vtt", ContentDemoData.resource("film.vtt"))
                        .kind())
                .isEqualTo(ContentKind.CAPTIONS);
        assertThat(accept(store, "samtaleguide.pdf", ContentDemoData.conversationGuide())
                        .kind())
                .isEqualTo(ContentKind.DOCUMENT);
        var exercise = accept(store, "hva-proever-barnet.zip", ContentDemoData.exercisePackage());
        assertThat(exercise.kind()).isEqualTo(ContentKind.PACKAGE);
        assertThat(exercise.launchPath()).isEqualTo("index.html");
    }

    @Test
    void theExerciseReportsCompletionThroughTheLaunchTokenAndTheCaptionsAreNorwegian() {
        String script = new String(ContentDemoData.resource("pakke/pakke.js"), StandardCharsets.UTF_8);
        assertThat(script)
                .contains("type: 'vidsynt:complete', token: token")
                .contains("location.pathname.split('/')[2]");
        String captions = new String(ContentDemoData.resource("film.vtt"), StandardCharsets.UTF_8);
        assertThat(captions).startsWith("WEBVTT").contains("Hva prøver barnet å få til?");
        assertThat(new String(ContentDemoData.resource("pakke/index.html"), StandardCharsets.UTF_8))
                .contains("<html lang=\"nb\">")
                .doesNotContainIgnoringCase("lorem");
    }

    @Test
    void theDemoMaterialIsAFewHundredKilobytesAtMost() {
        long total = ContentDemoData.resource("film.webm").length
                + ContentDemoData.resource("film.vtt").length
                + ContentDemoData.conversationGuide().length
                + ContentDemoData.exercisePackage().length;
        assertThat(total).isLessThan(300 * 1024);
    }

    private static no.vidsynt.content.upload.control.Accepted accept(
            FolderContentStore store, String name, byte[] bytes) {
        return UploadPipeline.accept(new ByteArrayInputStream(bytes), name, store, LIMITS);
    }
}
