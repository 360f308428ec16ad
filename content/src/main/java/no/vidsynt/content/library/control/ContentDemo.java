package no.vidsynt.content.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.vidsynt.content.upload.control.Intake;
import no.vidsynt.core.demo.DemoData;

/** In demo mode the library starts with one item: a short guide for authors, as a Markdown document by anne. */
@ApplicationScoped
public class ContentDemo {

    static final String GUIDE = """
            # Slik bruker du innholdsbiblioteket

            Last opp bilder, PDF-er, filmer med teksting (WebVTT), Markdown-dokumenter og HTML5-pakker.

            - Hver opplasting blir en **ny versjon**; ingenting blir overskrevet.
            - Velg en versjon og **publiser den til en enhet** av typen «Innhold».
            - Angrer du, kan du **rulle tilbake** til versjonen enheten viste før.
            - Deltakere som har startet en versjon, beholder den til de er ferdige.
            """;

    @Inject
    Intake intake;

    void seed(@Observes DemoData.DemoSeeded seeded) {
        intake.upload(new ByteArrayInputStream(GUIDE.getBytes(StandardCharsets.UTF_8)), "innholdsbiblioteket.md",
                null, null, "Slik bruker du innholdsbiblioteket", null, "anne");
    }
}
