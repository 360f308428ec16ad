package no.vidsynt.core.people.control;

import java.util.Locale;

/**
 * A change the people and organisation services refuse, with a reason the caller can act on. The reason is a key in
 * the people bundle, so pages show it in the reader's language and the API in English; {@link #status} is the HTTP
 * status the API answers with (400 invalid, 404 not found or not yours, 409 in conflict with existing data).
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;

    public Refused(int status, String key, Object... arguments) {
        super(PeopleTexts.get(Locale.ENGLISH, key, arguments));
        this.status = status;
        this.key = key;
        this.arguments = arguments;
    }

    public static Refused notFound() {
        return new Refused(404, "refused.notFound");
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    /** The reason in the given language. */
    public String text(Locale locale) {
        return PeopleTexts.get(locale, key, arguments);
    }
}
