package no.vidsynt.app.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the crawler saw: pages per role, and every failure with role, page, width and language. Failures are
 * collected, never thrown at once, so that one run shows all of them; the same failure on the same page for several
 * roles, widths or languages is one line that names them all.
 */
final class CrawlReport {

    /** What one role's crawl found. */
    static final class RoleSummary {
        String landing = "";
        final Set<String> pages = new LinkedHashSet<>();
        int loads;
        int downloads;
        int denied;
        int axeRuns;
        long axeMillis;
        long millis;
    }

    private record Where(String check, String page, String detail) {}

    private final Map<String, RoleSummary> roles = new LinkedHashMap<>();
    private final Map<Where, Set<String>> failures = new LinkedHashMap<>();

    RoleSummary role(String role) {
        return roles.computeIfAbsent(role, key -> new RoleSummary());
    }

    void fail(String role, String language, int width, String page, String check, String detail) {
        failures.computeIfAbsent(new Where(check, page, detail), key -> new LinkedHashSet<>())
                .add(role + " " + language + (width > 0 ? " " + width + "px" : ""));
    }

    int failureCount() {
        return failures.size();
    }

    String text(long totalMillis) {
        StringBuilder out = new StringBuilder();
        out.append("## Pages visited per role\n\n")
                .append("| role | lands on | distinct pages | page loads (2 widths × 2 languages) | downloads checked "
                        + "| 403/404 pages | axe runs (time) | time |\n|---|---|---|---|---|---|---|---|\n");
        roles.forEach((role, s) -> out.append("| ")
                .append(role)
                .append(" | ")
                .append(s.landing)
                .append(" | ")
                .append(s.pages.size())
                .append(" | ")
                .append(s.loads)
                .append(" | ")
                .append(s.downloads)
                .append(" | ")
                .append(s.denied)
                .append(" | ")
                .append(s.axeRuns)
                .append(" (")
                .append(s.axeMillis / 1000)
                .append(" s) | ")
                .append(s.millis / 1000)
                .append(" s |\n"));
        out.append("\nCrawl time: ")
                .append(totalMillis / 1000)
                .append(" s. Failures: ")
                .append(failures.size())
                .append(" distinct.\n");
        Map<String, List<String>> byCheck = new TreeMap<>();
        failures.forEach((where, seen) -> byCheck.computeIfAbsent(where.check(), key -> new ArrayList<>())
                .add("- `" + where.page() + "` — " + where.detail().replace("\n", "\n    ") + "  \n  ("
                        + String.join(", ", seen) + ")"));
        byCheck.forEach((check, lines) -> {
            out.append("\n### ").append(check).append(" (").append(lines.size()).append(")\n\n");
            lines.forEach(line -> out.append(line).append('\n'));
        });
        out.append("\n## Pages per role\n");
        roles.forEach((role, s) -> {
            out.append("\n").append(role).append(": ");
            out.append(String.join(" ", s.pages)).append('\n');
        });
        return out.toString();
    }

    void write(Path file, long totalMillis) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# Crawler findings\n\n" + text(totalMillis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Could not write the crawl report: " + e);
        }
    }
}
