package no.vidsynt.core.audit.boundary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import no.vidsynt.core.people.control.PeopleTexts;

/**
 * The audit log in the reader's language. Entries keep what happened as stable codes ("course.published",
 * "org_unit") and a short description that the recording service wrote in a fixed English form; this turns the
 * codes into words ("Kurs publisert", "Enhet 2") and each known description form into the reader's language. A
 * description of an unknown form is shown as written (it holds names and titles, which are data, not text).
 */
final class AuditTexts {

    /** The description forms the services write, by action; the groups become {0}, {1}... of the bundle's pattern. */
    private static final Map<String, Pattern> DETAILS = new LinkedHashMap<>();

    static {
        DETAILS.put("course.created", Pattern.compile("'(.*)' in (\\S+)"));
        DETAILS.put("course.published", Pattern.compile("'(.*)' version (\\d+), (\\d+) units"));
        DETAILS.put("org_unit.renamed", Pattern.compile("(.*) -> (.*)"));
        DETAILS.put("org_unit.moved", Pattern.compile("(.*) -> (.*)"));
        DETAILS.put("org_unit.leader_added", Pattern.compile("(\\S+) leads (.*?)( \\(granted the leader role\\))?"));
        DETAILS.put("org_unit.leader_removed", Pattern.compile("(\\S+) no longer leads (.*)"));
        DETAILS.put("enrolment.unit.undone", Pattern.compile("Course (\\d+); (\\d+) not yet started withdrawn"));
        DETAILS.put(
                "enrolment.unit",
                Pattern.compile("Course (\\d+) for the unit and below; (\\d+) enrolled now(?:, cohort (\\d+))?"));
        DETAILS.put("cohort.created", Pattern.compile("Course (\\d+): (.*) from (\\S+)"));
        DETAILS.put("cohort.changed", Pattern.compile("(.*) from (\\S+)"));
        DETAILS.put("people.import_applied", Pattern.compile("(\\d+) created, (\\d+) updated, (\\d+) unchanged"));
        DETAILS.put("person.created", Pattern.compile("(\\S+) \\((.*)\\), roles (.*), units (.*)"));
        DETAILS.put("content.uploaded", Pattern.compile("Version (\\d+): (.*)"));
        DETAILS.put("content.captioned", Pattern.compile("Version (\\d+)"));
        DETAILS.put("content.published", Pattern.compile("Item (\\d+) version (\\d+)"));
        DETAILS.put("content.rolled-back", Pattern.compile("Item (\\d+) version (\\d+)"));
        DETAILS.put("session.create", Pattern.compile("(\\d+) session\\(s\\): (.*)"));
        DETAILS.put("session.message", Pattern.compile("(\\d+) recipient\\(s\\)"));
    }

    /** What OrgUnits writes for a new unit: its kind in lower case, then its path. */
    private static final Pattern UNIT_CREATED = Pattern.compile("(region|department|team) (.*)");

    /** The words of "person.updated" and "profile.updated" ("lise: name; roles learner -> trainer; joined X"). */
    private static final Pattern CHANGE = Pattern.compile("^(name|email|language|roles|left|joined)\\b\\s*(.*)$");

    private AuditTexts() {}

    static String action(String action, Locale locale) {
        return optional(locale, "audit.code." + action, action);
    }

    static String target(String type, String id, Locale locale) {
        if (type == null) {
            return "";
        }
        String name = optional(locale, "audit.type." + type, type);
        return id == null ? name : name + " " + id;
    }

    static String details(String action, String details, Locale locale) {
        if (details == null || action == null) {
            return details;
        }
        if (action.equals("person.updated") || action.equals("profile.updated")) {
            return changes(details, action.equals("profile.updated") ? " " : "; ", locale);
        }
        if (action.equals("org_unit.created")) {
            Matcher created = UNIT_CREATED.matcher(details);
            if (created.matches()) { // "department Region sør/Avdeling X": the kind in words, then the path
                return optional(locale, "kind." + created.group(1).toUpperCase(Locale.ROOT), created.group(1)) + ": "
                        + created.group(2);
            }
        }
        Pattern form = DETAILS.get(action);
        Matcher match = form == null ? null : form.matcher(details);
        if (match == null || !match.matches()) {
            return details;
        }
        Object[] parts = IntStream.rangeClosed(1, match.groupCount())
                .mapToObj(i -> match.group(i) == null ? "" : match.group(i))
                .toArray();
        String variant = action.equals("enrolment.unit") && match.group(3) != null
                ? ".cohort"
                : action.equals("org_unit.leader_added") && match.group(3) != null ? ".granted" : "";
        String key = "audit.details." + action + variant;
        return PeopleTexts.get(locale, key, parts).replace(" -> ", " → ");
    }

    private static String changes(String details, String separator, Locale locale) {
        int colon = details.indexOf(": ");
        if (colon < 0) {
            return details;
        }
        var out = new StringBuilder(details.substring(0, colon + 2));
        String[] items = details.substring(colon + 2).trim().split(Pattern.quote(separator));
        for (int i = 0; i < items.length; i++) {
            Matcher change = CHANGE.matcher(items[i]);
            out.append(i == 0 ? "" : "; ");
            if (change.matches()) {
                out.append(PeopleTexts.get(locale, "audit.change." + change.group(1)));
                if (!change.group(2).isEmpty()) {
                    out.append(' ').append(change.group(2).replace(" -> ", " → "));
                }
            } else {
                out.append(items[i]);
            }
        }
        return out.toString();
    }

    private static String optional(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(PeopleTexts.BUNDLE, locale, AuditTexts.class.getClassLoader())
                    .getString(key);
        } catch (MissingResourceException unknown) {
            return fallback;
        }
    }
}
