package no.vidsynt.core.selfstudy.page.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.page.control.MarkdownRenderer;
import no.vidsynt.core.selfstudy.page.control.ReadingPages;
import no.vidsynt.core.selfstudy.page.control.ReadingPages.PageView;
import no.vidsynt.core.selfstudy.page.entity.PageFile;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** Backs the author's reading-page editor: Markdown with a live preview, images and attachments. */
@Named
@ViewScoped
public class PageEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadingPages pages;

    @Inject
    Caller caller;

    private Long unitId;
    private boolean allowed;
    private String title;
    private String markdown;
    private boolean doneAtEnd;

    public void open(Object unit) {
        if (unitId != null) {
            return;
        }
        Long id = StudyFaces.unitId(unit);
        if (id == null) {
            return;
        }
        try {
            PageView page = pages.page(id);
            allowed = pages.mayEdit(caller.person(), id);
            unitId = id;
            title = page.unit().title();
            markdown = page.markdown();
            doneAtEnd = page.doneAtEnd();
        } catch (Refusal notFound) {
            allowed = false;
        }
    }

    public void save() {
        try {
            pages.save(caller.person(), unitId, markdown, doneAtEnd);
            StudyFaces.info(null, "author.saved");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
            StudyFaces.validationFailed();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            PageFile saved = pages.upload(caller.person(), unitId, file.getFileName(), file.getContent());
            StudyFaces.info(null, "file.uploaded", saved.getFileName());
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
        }
    }

    public void deleteFile(long fileId) {
        pages.deleteFile(caller.person(), fileId);
        StudyFaces.info(null, "file.deleted");
    }

    public List<PageFile> getFiles() {
        return unitId == null ? List.of() : pages.files(unitId);
    }

    public String getPreview() {
        return MarkdownRenderer.toSafeHtml(markdown);
    }

    public int getReadingMinutes() {
        return MarkdownRenderer.readingMinutes(markdown);
    }

    public boolean isAllowed() {
        return allowed;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    public boolean isDoneAtEnd() {
        return doneAtEnd;
    }

    public void setDoneAtEnd(boolean doneAtEnd) {
        this.doneAtEnd = doneAtEnd;
    }
}
