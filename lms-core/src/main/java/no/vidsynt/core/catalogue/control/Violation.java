package no.vidsynt.core.catalogue.control;

import java.util.List;

/**
 * One reason a change to the catalogue was refused: the field it concerns and a key in the catalogue bundle, so the
 * editor shows it in the author's language next to the field and the API in English.
 *
 * @param field the input field ("title", "availability.until", ...)
 * @param key the text's key in {@code no.vidsynt.core.i18n.catalogue}
 * @param arguments values for the text's placeholders
 */
public record Violation(String field, String key, List<Object> arguments) {

    public Violation {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Violation of(String field, String key, Object... arguments) {
        return new Violation(field, key, List.of(arguments));
    }
}
