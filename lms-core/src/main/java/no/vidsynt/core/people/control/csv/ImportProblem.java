package no.vidsynt.core.people.control.csv;

import java.util.List;
import java.util.Locale;
import no.vidsynt.core.people.control.PeopleTexts;

/**
 * What is wrong with one line of an import file.
 *
 * @param line the line number in the file (the header is line 1)
 * @param key the reason, a key in the people bundle
 * @param arguments the values the reason names
 */
public record ImportProblem(int line, String key, List<String> arguments) {

    public static ImportProblem of(int line, String key, Object... arguments) {
        return new ImportProblem(
                line,
                key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String text(Locale locale) {
        return PeopleTexts.get(locale, key, arguments.toArray());
    }
}
