package no.vidsynt.core.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language the person chose ({@link LanguageChoice}), not the browser's. Faces' default picks
 * the locale from Accept-Language when it creates a view; the layout's {@code <f:view locale>} corrects that only
 * when the page is rendered, so view parameters, view actions and {@code @PostConstruct} of a GET ran in the
 * browser's language ("Practice training" on a bokmål roster). Choosing here makes the view's locale right from the
 * start, for every page and every message.
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return chosen();
    }

    static Locale chosen() {
        try {
            return CDI.current().select(LanguageChoice.class).get().getLocale();
        } catch (RuntimeException noSessionContext) {
            // Outside a request with a session context (start-up, some error dispatches): the platform's language.
            return Languages.DEFAULT;
        }
    }
}
