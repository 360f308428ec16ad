package no.vidsynt.core.enrolment.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.platform.web.Languages;

/** Texts and messages of the leader's enrolment and cohort pages (the learning bundle, {@code learnMsg}). */
final class EnrolmentPages {

    private EnrolmentPages() {
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Languages.DEFAULT;
    }

    static String text(String key, Object... arguments) {
        return LearningTexts.get(locale(), key, arguments);
    }

    static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Select items by label, escaped (names and titles are people's text). */
    static List<SelectItem> options(Map<Long, String> labels) {
        return labels.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .map(entry -> new SelectItem(entry.getKey(), entry.getValue())).toList();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
