package no.vidsynt.core.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.vidsynt.core.people.control.PeopleImport;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.control.csv.ImportProblem;

/**
 * Backs /admin/import.xhtml: upload a CSV file, try it (dry run) and import it. The file is kept in the view between
 * the dry run and the import, so what is imported is exactly what was tried.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    PeopleImport importer;

    private transient Part file;
    private String content;
    private String fileName;
    private PeopleImport.Report report;

    public void dryRun() {
        if (!read()) {
            return;
        }
        report = importer.dryRun(content);
    }

    /** Imports the file just chosen, or else the one last tried. */
    public void apply() {
        if (file != null && file.getSize() > 0) {
            if (!read()) {
                return;
            }
        } else if (content == null) {
            PageMessages.error("upload:file", "import.chooseFile");
            return;
        }
        try {
            report = importer.apply(content);
        } catch (Refused refused) {
            PageMessages.refused(null, refused);
            return;
        }
        if (report.applied()) {
            PageMessages.info("import.done", report.created(), report.updated(), report.unchanged());
            content = null;
            fileName = null;
        } else {
            PageMessages.error(null, "import.notApplied");
        }
    }

    private boolean read() {
        if (file == null || file.getSize() == 0) {
            PageMessages.error("upload:file", "import.chooseFile");
            return false;
        }
        if (file.getSize() > MAX_BYTES) {
            PageMessages.error("upload:file", "import.tooLarge");
            return false;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            fileName = file.getSubmittedFileName();
            return true;
        } catch (CharacterCodingException notUtf8) {
            PageMessages.error("upload:file", "import.notUtf8");
            return false;
        } catch (IOException e) {
            PageMessages.error("upload:file", "import.unreadable");
            return false;
        }
    }

    public String problemText(ImportProblem problem) {
        return problem.text(PageMessages.locale());
    }

    public String outcomeText(PeopleImport.Line line) {
        return PageMessages.text("import.outcome." + line.outcome().name().toLowerCase(Locale.ROOT));
    }

    /** An import (not a dry run) that was refused: nothing was saved, and the page must say so. */
    public boolean isFailed() {
        return report != null && !report.dryRun() && !report.applied();
    }

    /** "1 ny", "2 nye", "ingen feil": a count with its word, singular or plural as the language wants. */
    public String count(String what, long number) {
        return PageMessages.text("import.count." + what, number);
    }

    public boolean isReadyToApply() {
        return report != null && report.dryRun() && report.problems().isEmpty() && content != null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public PeopleImport.Report getReport() {
        return report;
    }
}
