package no.vidsynt.core.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vidsynt.core.audit.control.AuditTrail;
import no.vidsynt.core.audit.entity.AuditEntry;
import no.vidsynt.core.people.control.ResultPage;
import no.vidsynt.core.platform.web.Languages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /admin/audit.xhtml: the audit log, newest first, filtered by who, what and when. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    AuditTrail trail;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<String> actions;
    private final LazyDataModel<AuditEntry> entries = new Entries();

    @PostConstruct
    void load() {
        actions = trail.actions();
    }

    private AuditTrail.Criteria criteria() {
        return new AuditTrail.Criteria(actor, action, from, to);
    }

    public String when(AuditEntry entry) {
        return WHEN.format(entry.getAt().atZone(AuditTrail.ZONE));
    }

    /** What happened, in the reader's language ("Kurs publisert", not "course.published"). */
    public String actionLabel(String code) {
        return AuditTexts.action(code, locale());
    }

    public String target(AuditEntry entry) {
        return AuditTexts.target(entry.getTargetType(), entry.getTargetId(), locale());
    }

    public String details(AuditEntry entry) {
        return AuditTexts.details(entry.getAction(), entry.getDetails(), locale());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    /** The entries matching the filters, one table page at a time. */
    private final class Entries extends LazyDataModel<AuditEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.search(criteria(), 0, 1).total();
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(ResultPage.MAX_SIZE, pageSize));
            var page = trail.search(criteria(), first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
