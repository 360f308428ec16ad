package no.vidsynt.core.people.control;

import java.util.Locale;
import no.vidsynt.core.platform.Refusal;

/**
 * A change the people and organisation services refuse: a {@link Refusal} whose reason is a key in the people bundle.
 * {@link #status} names its kind the way the services always have (400 invalid, 404 not found or not yours, 409 in
 * conflict with existing data).
 */
public class Refused extends Refusal {

    private static final long serialVersionUID = 1L;

    public Refused(int status, String key, Object... arguments) {
        super(kindOf(status), PeopleTexts.BUNDLE, key, arguments);
    }

    public static Refused notFound() {
        return new Refused(404, "refused.notFound");
    }

    public int status() {
        return kind().status();
    }

    /** The reason in the given language. */
    public String text(Locale locale) {
        return message(locale);
    }

    private static Kind kindOf(int status) {
        return switch (status) {
            case 404 -> Kind.NOT_FOUND;
            case 403 -> Kind.FORBIDDEN;
            case 409 -> Kind.CONFLICT;
            default -> Kind.INVALID;
        };
    }
}
