package no.vidsynt.veiledning.completion.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vidsynt.core.platform.Refusal;

/**
 * What the programme's logbook and certificate services refuse, with the reason in the programme's bundle (problem
 * type {@code urn:vidsynt:veiledning:<key>}). An input refusal may name the fields it is about, each with its own reason,
 * so a page shows the reason next to the field and the API lists it in the problem's errors.
 */
public class ProgrammeRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldKeys;

    public ProgrammeRefusal(Kind kind, String key, Object... arguments) {
        this(kind, Map.of(), key, arguments);
    }

    private ProgrammeRefusal(Kind kind, Map<String, String> fieldKeys, String key, Object... arguments) {
        super(kind, "veiledning", VeiledningTexts.BUNDLE, ProgrammeRefusal.class.getClassLoader(), key, arguments);
        this.fieldKeys = new LinkedHashMap<>(fieldKeys);
    }

    public static ProgrammeRefusal notFound() {
        return new ProgrammeRefusal(Kind.NOT_FOUND, "refused.notFound");
    }

    /** Invalid input: one reason per field (field name to bundle key), the first one as the summary. */
    public static ProgrammeRefusal fields(Map<String, String> fieldKeys) {
        return new ProgrammeRefusal(
                Kind.INVALID, fieldKeys, fieldKeys.values().iterator().next());
    }

    /** The fields and their bundle keys. */
    public Map<String, String> fieldKeys() {
        return Map.copyOf(fieldKeys);
    }

    @Override
    public List<FieldReason> fieldReasons(Locale locale) {
        return fieldKeys.entrySet().stream()
                .map(entry -> new FieldReason(entry.getKey(), VeiledningTexts.get(locale, entry.getValue())))
                .toList();
    }
}
