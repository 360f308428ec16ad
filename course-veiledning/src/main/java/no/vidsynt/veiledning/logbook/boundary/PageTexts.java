package no.vidsynt.veiledning.logbook.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.LocalDate;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.veiledning.completion.control.ProgrammeRefusal;
import no.vidsynt.veiledning.completion.control.VeiledningTexts;

/** Messages and dates of the programme's pages, in the language of the current view. */
public final class PageTexts {

    private PageTexts() {}

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Languages.DEFAULT;
    }

    public static String text(String key, Object... arguments) {
        return VeiledningTexts.get(locale(), key, arguments);
    }

    public static String date(LocalDate date) {
        return VeiledningTexts.date(date, locale());
    }

    /** A success message that survives the redirect after the action. */
    public static void done(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A refusal: each field's reason next to the field ({@code <form>:<field>}), or one message at the top. */
    public static void refused(ProgrammeRefusal refusal, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal.fieldKeys().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.message(locale()), null));
            return;
        }
        refusal.fieldKeys()
                .forEach((field, key) -> faces.addMessage(
                        form + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null)));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("logbook.fixFields"), null));
        faces.validationFailed();
    }
}
