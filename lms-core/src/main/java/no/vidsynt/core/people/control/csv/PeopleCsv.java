package no.vidsynt.core.people.control.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.vidsynt.core.people.entity.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people import file and checks each line for form: required fields, e-mail, language, roles, and the
 * same person twice in the file. Checks against the database (units, existing people) come after, in
 * {@link ImportPlan}.
 *
 * <p>The format, as Norwegian Excel saves "CSV (semikolonseparert)": UTF-8 (a byte order mark is fine), columns
 * separated by semicolons, a header row {@value #HEADER}; several roles or units in one field separated by commas;
 * units by name or by path ("Region sør/Avdeling Arendal"). Roles may be written in English or Norwegian.
 */
public final class PeopleCsv {

    public static final String HEADER = "username;name;email;language;roles;units";
    public static final List<String> COLUMNS = List.of(HEADER.split(";"));
    public static final int MAX_ROWS = 10_000;

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");
    private static final Map<String, Role> ROLE_NAMES = roleNames();

    /**
     * The lines that passed the checks of form, and every problem found.
     *
     * @param unitsOfRejected the units written on lines that failed a check of form, by line, so that unknown units
     *         on those lines are reported too
     */
    public record Parsed(
            List<ImportRow> rows, List<ImportProblem> problems, Map<Integer, List<String>> unitsOfRejected) {

        Parsed(List<ImportRow> rows, List<ImportProblem> problems) {
            this(rows, problems, Map.of());
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    private PeopleCsv() {}

    public static Parsed parse(String text) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        String content = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            problems.add(ImportProblem.of(1, "import.problem.empty"));
            return new Parsed(rows, problems);
        }
        String firstLine = content.lines().findFirst().orElse("");
        if (!firstLine.contains(";") && firstLine.contains(",")) {
            problems.add(ImportProblem.of(1, "import.problem.commas"));
            return new Parsed(rows, problems);
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, Integer> columns = null;
            Map<String, Integer> usernames = new HashMap<>();
            Map<String, Integer> emails = new HashMap<>();
            Map<Integer, List<String>> unitsOfRejected = new LinkedHashMap<>();
            Lines lines = new Lines(content);
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return new Parsed(List.of(), problems);
                    }
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                int line = lines.of(record.getCharacterPosition());
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(ImportProblem.of(line, "import.problem.tooMany", MAX_ROWS));
                    break;
                }
                Optional<ImportRow> row = row(record, line, columns, usernames, emails, problems);
                if (row.isPresent()) {
                    rows.add(row.get());
                } else if (record.size() == columns.size()) {
                    unitsOfRejected.put(line, split(value(record, columns, "units")));
                }
            }
            return new Parsed(rows, problems, unitsOfRejected);
        } catch (IOException | UncheckedIOException e) {
            problems.add(ImportProblem.of(1, "import.problem.unreadable", e.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, List<ImportProblem> problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            columns.put(record.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing =
                COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.of(1, "import.problem.header", String.join(", ", missing), HEADER));
            return null;
        }
        return columns;
    }

    private static Optional<ImportRow> row(
            CSVRecord record,
            int line,
            Map<String, Integer> columns,
            Map<String, Integer> usernames,
            Map<String, Integer> emails,
            List<ImportProblem> problems) {
        int before = problems.size();
        if (record.size() != columns.size()) {
            problems.add(ImportProblem.of(line, "import.problem.columns", columns.size(), record.size()));
            return Optional.empty();
        }
        String username = value(record, columns, "username");
        String name = value(record, columns, "name");
        String email = value(record, columns, "email");
        String language = value(record, columns, "language").toLowerCase(Locale.ROOT);
        String roleField = value(record, columns, "roles");
        String unitField = value(record, columns, "units");

        for (String column : List.of("username", "name", "email", "units")) {
            if (value(record, columns, column).isEmpty()) {
                problems.add(ImportProblem.of(line, "import.problem.missing", column));
            }
        }
        if (!username.isEmpty() && !USERNAME.matcher(username).matches()) {
            problems.add(ImportProblem.of(line, "import.problem.badUsername", username));
        }
        if (name.length() > 200) {
            problems.add(ImportProblem.of(line, "import.problem.tooLong", "name", 200));
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add(ImportProblem.of(line, "import.problem.badEmail", email));
        }
        if (language.isEmpty()) {
            language = "nb";
        } else if (!List.of("nb", "en").contains(language)) {
            problems.add(ImportProblem.of(line, "import.problem.badLanguage", language));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String roleName : split(roleField)) {
            Role role = ROLE_NAMES.get(roleName.toLowerCase(Locale.ROOT));
            if (role == null) {
                problems.add(ImportProblem.of(line, "import.problem.unknownRole", roleName));
            } else {
                roles.add(role);
            }
        }
        if (roleField.isEmpty()) {
            roles.add(Role.LEARNER);
        }
        if (!username.isEmpty()) {
            Integer earlier = usernames.putIfAbsent(username.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                problems.add(ImportProblem.of(line, "import.problem.duplicateUsername", username, earlier));
            }
        }
        if (!email.isEmpty()) {
            Integer earlier = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                problems.add(ImportProblem.of(line, "import.problem.duplicateEmail", email, earlier));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(line, username, name, email, language, roles, split(unitField)));
    }

    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        String value = record.get(columns.get(column));
        return value == null ? "" : value.trim();
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split(","))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(value -> value == null || value.isBlank());
    }

    /** Turns a character position into a 1-based line (quoted fields may hold line breaks: records are not lines). */
    private static final class Lines {
        private final int[] breaks;
        private final String content;

        Lines(String content) {
            this.content = content;
            breaks = java.util.stream.IntStream.range(0, content.length())
                    .filter(i -> content.charAt(i) == '\n')
                    .toArray();
        }

        /** The line of the first character at or after the position that is not a line break (blank lines are skipped). */
        int of(long start) {
            int position = (int) Math.min(start, content.length());
            while (position < content.length()
                    && (content.charAt(position) == '\n' || content.charAt(position) == '\r')) {
                position++;
            }
            int found = Arrays.binarySearch(breaks, position);
            return (found >= 0 ? found : -found - 1) + 1;
        }
    }

    private static Map<String, Role> roleNames() {
        Map<String, Role> names = new HashMap<>();
        for (Role role : Role.values()) {
            names.put(role.groupName(), role);
        }
        names.put("deltaker", Role.LEARNER);
        names.put("ansatt", Role.LEARNER);
        names.put("trener", Role.TRAINER);
        names.put("forfatter", Role.AUTHOR);
        names.put("leder", Role.LEADER);
        names.put("administrator", Role.ADMIN);
        return Map.copyOf(names);
    }

    /** The role names an import file may use, for the page that documents the format. */
    public static String roleNamesHelp() {
        return "learner/deltaker, trainer/trener, author/forfatter, leader/leder, admin/administrator";
    }
}
