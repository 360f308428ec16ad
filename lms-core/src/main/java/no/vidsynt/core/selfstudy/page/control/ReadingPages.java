package no.vidsynt.core.selfstudy.page.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.SelfStudyCompletion;
import no.vidsynt.core.selfstudy.SelfStudyEvents;
import no.vidsynt.core.selfstudy.SelfStudyUnits;
import no.vidsynt.core.selfstudy.SelfStudyUnits.UnitInfo;
import no.vidsynt.core.selfstudy.page.entity.PageFile;
import no.vidsynt.core.selfstudy.page.entity.ReadingPage;

/** Reading pages: what learners read, what authors write, the files that go with them, and marking them done. */
@ApplicationScoped
public class ReadingPages {

    public static final int MAX_MARKDOWN = 200_000;

    /** A page ready to show: its unit, text, safe HTML and reading time. */
    public record PageView(
            UnitInfo unit, String markdown, String html, int readingMinutes, boolean doneAtEnd, List<PageFile> files) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SelfStudyUnits units;

    @Inject
    SelfStudyCompletion completion;

    @Inject
    SelfStudyEvents completions;

    public PageView page(long unitId) {
        UnitInfo unit = units.require(unitId, PageUnitType.KEY);
        ReadingPage page = em.find(ReadingPage.class, unitId);
        String markdown = page == null ? "" : page.getMarkdown();
        return new PageView(
                unit,
                markdown,
                MarkdownRenderer.toSafeHtml(markdown),
                MarkdownRenderer.readingMinutes(markdown),
                page != null && page.isDoneAtEnd(),
                files(unitId));
    }

    public List<PageFile> files(long unitId) {
        return em.createNamedQuery(PageFile.OF_UNIT, PageFile.class)
                .setParameter("unit", unitId)
                .getResultList();
    }

    @Transactional
    public void save(Person editor, long unitId, String markdown, boolean doneAtEnd) {
        UnitInfo unit = requireEditable(editor, unitId);
        if (markdown != null && markdown.length() > MAX_MARKDOWN) {
            throw new InvalidInput("page.tooLong", MAX_MARKDOWN);
        }
        ReadingPage page = em.find(ReadingPage.class, unit.id());
        if (page == null) {
            page = new ReadingPage(unit.id());
            em.persist(page);
        }
        page.edit(markdown, doneAtEnd);
    }

    @Transactional
    public PageFile upload(Person editor, long unitId, String fileName, byte[] data) {
        UnitInfo unit = requireEditable(editor, unitId);
        if (data == null || data.length == 0) {
            throw new InvalidInput("file.empty");
        }
        if (data.length > FileCheck.MAX_BYTES) {
            throw new InvalidInput("file.tooLarge");
        }
        String type = FileCheck.contentType(data).orElseThrow(() -> new InvalidInput("file.wrongType"));
        PageFile file = new PageFile(unit.id(), FileCheck.safeName(fileName), type, data, editor.getUsername());
        em.persist(file);
        em.flush();
        return file;
    }

    @Transactional
    public void deleteFile(Person editor, long fileId) {
        PageFile file = em.find(PageFile.class, fileId);
        if (file == null) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchFile");
        }
        requireEditable(editor, file.getUnitId());
        em.remove(file);
    }

    /** A file of a page, for those who may open the page (the page's own rule); for anyone else it does not exist. */
    public PageFile file(long fileId) {
        PageFile file = em.find(PageFile.class, fileId);
        if (file == null) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchFile");
        }
        try {
            units.require(file.getUnitId(), PageUnitType.KEY);
        } catch (Refusal pageHidden) {
            throw Refusal.notFound(InvalidInput.StudyTexts.BUNDLE, "refused.noSuchFile");
        }
        return file;
    }

    @Transactional
    public void markDone(Person learner, long unitId) {
        units.require(unitId, PageUnitType.KEY);
        completion.completed(learner.getId(), unitId);
    }

    public boolean isDone(Person learner, long unitId) {
        return completions.isCompleted(learner.getId(), unitId);
    }

    public boolean mayEdit(Person person, long unitId) {
        return units.find(unitId)
                .filter(unit -> unit.type().equals(PageUnitType.KEY))
                .map(unit -> units.mayEdit(person, unit.courseId()))
                .orElse(false);
    }

    private UnitInfo requireEditable(Person editor, long unitId) {
        UnitInfo unit = units.require(unitId, PageUnitType.KEY);
        if (!units.mayEdit(editor, unit.courseId())) {
            throw Refusal.forbidden(InvalidInput.StudyTexts.BUNDLE, "refused.notEditor");
        }
        return unit;
    }
}
