package no.vidsynt.content.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.vidsynt.content.ContentUnitType;
import no.vidsynt.content.library.control.Library;
import no.vidsynt.content.library.entity.ContentVersion;
import no.vidsynt.content.upload.control.Intake;
import no.vidsynt.core.catalogue.control.CoursePublishing;
import no.vidsynt.core.catalogue.control.CourseStructure;
import no.vidsynt.core.catalogue.control.Editor;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;

/**
 * The demo's library: a short film with Norwegian captions, a PDF conversation guide and a small HTML exercise that
 * reports its completion through the launch token, uploaded by anne through the same checks as any upload, and
 * published to a section "Se, les og prøv selv" at the end of every demo course. So a first visitor sees every kind of
 * content unit working. A demo step after the programmes' courses and their own sections, before the learners' progress.
 */
@ApplicationScoped
public class ContentDemoData implements DemoContribution {

    static final String SECTION = "Se, les og prøv selv";
    private static final String RESOURCES = "/no/vidsynt/content/demo/";
    private static final Logger LOG = Logger.getLogger(ContentDemoData.class.getName());

    @Inject
    People people;

    @Inject
    Intake intake;

    @Inject
    Library library;

    @Inject
    CourseStructure structure;

    @Inject
    CoursePublishing publishing;

    @Override
    public Step step() {
        return Step.COURSE_CONTENT;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Person anne = people.byUsername("anne").orElse(null);
        if (anne == null || demo.courses().isEmpty()) {
            return;
        }
        ContentVersion film = intake.upload(
                new ByteArrayInputStream(resource("film.webm")),
                "barnets-prosjekt.webm",
                new ByteArrayInputStream(resource("film.vtt")),
                "barnets-prosjekt.vtt",
                "Film: Ord som åpner",
                null,
                anne);
        ContentVersion guide = intake.upload(
                new ByteArrayInputStream(conversationGuide()),
                "samtaleguide.pdf",
                null,
                null,
                "Samtaleguide: Hvorfor gjør vi det slik her?",
                null,
                anne);
        ContentVersion exercise = intake.upload(
                new ByteArrayInputStream(exercisePackage()),
                "hva-proever-barnet.zip",
                null,
                null,
                "Øvelse: Hva prøver barnet å få til?",
                null,
                anne);
        Editor editor = Editor.of(anne);
        for (Map.Entry<String, Long> course : demo.courses().entrySet()) {
            long courseId = course.getValue();
            long section = structure.addSection(editor, courseId, null, SECTION).getId();
            publish(editor, courseId, section, "Film: Ord som åpner", film, anne);
            publish(editor, courseId, section, "Samtaleguide for personalmøtet", guide, anne);
            publish(editor, courseId, section, "Øvelse: Hva prøver barnet å få til?", exercise, anne);
            publishing.publish(editor, courseId, null);
        }
        LOG.info(() -> "Demo content published to " + demo.courses().size() + " courses");
    }

    private void publish(
            Editor editor, long courseId, long section, String title, ContentVersion version, Person anne) {
        long unit = structure
                .addUnit(editor, courseId, null, section, ContentUnitType.KEY, title)
                .getId();
        library.publish(version.getId(), unit, anne.getUsername());
    }

    /** Two pages to take along to a staff meeting, written with OpenPDF (no scripts, no embedded files). */
    static byte[] conversationGuide() {
        var bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(document, bytes);
        document.addTitle("Samtaleguide: Hvorfor gjør vi det slik her?");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);
        document.add(new Paragraph("Samtaleguide: Hvorfor gjør vi det slik her?", title));
        document.add(new Paragraph(
                "En guide til 30 minutter på personalmøtet eller overlappen. Ta den med, og la "
                        + "én av dere lede samtalen.",
                text));
        section(
                document,
                heading,
                text,
                "1. Velg en vane (5 minutter)",
                "Hver av dere skriver ned én vane eller regel i avdelingen som dere sjelden snakker om. Velg én "
                        + "av dem å se nærmere på.");
        section(
                document,
                heading,
                text,
                "2. Se den fra barnets ståsted (10 minutter)",
                "Hva opplever barna og ungdommene når vi gjør det slik? Hva prøver de å få til, og hjelper vanen "
                        + "dem med det?");
        section(
                document,
                heading,
                text,
                "3. Se den fra vårt ståsted (10 minutter)",
                "Hvem hjelper vanen mest: barna eller oss voksne? Hva ville skjedd om vi gjorde det annerledes "
                        + "i en uke?");
        section(
                document,
                heading,
                text,
                "4. Bli enige om ett lite forsøk (5 minutter)",
                "Avtal én liten endring, hvem som følger den opp, og når dere snakker om den igjen.");
        document.add(new Paragraph("Spørsmål som åpner", heading));
        List questions = new List(false, 12);
        for (String question : new String[] {
            "Hva tror du barnet trenger akkurat nå?",
            "Hvilke andre måter kan vi forstå dette på?",
            "Hva ville vi gjort om vi startet på nytt i dag?"
        }) {
            questions.add(new ListItem(question, text));
        }
        document.add(questions);
        document.close();
        return bytes.toByteArray();
    }

    private static void section(Document document, Font heading, Font text, String title, String body) {
        Paragraph head = new Paragraph(title, heading);
        head.setSpacingBefore(12);
        document.add(head);
        document.add(new Paragraph(body, text));
    }

    /** The exercise's files, zipped as an author would upload them. */
    static byte[] exercisePackage() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String file : new String[] {"index.html", "pakke.js", "pakke.css"}) {
                zip.putNextEntry(new ZipEntry(file));
                zip.write(resource("pakke/" + file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] resource(String name) {
        try (InputStream in = ContentDemoData.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
