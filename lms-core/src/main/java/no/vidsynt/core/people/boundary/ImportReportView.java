package no.vidsynt.core.people.boundary;

import java.util.List;
import java.util.Locale;
import no.vidsynt.core.people.control.PeopleImport;

/** An import's report as the API returns it, with each problem's reason in English. */
public record ImportReportView(
        boolean dryRun,
        boolean applied,
        long created,
        long updated,
        long unchanged,
        List<Problem> problems,
        List<PeopleImport.Line> lines) {

    /** One bad line. */
    public record Problem(int line, String code, String reason) {}

    static ImportReportView of(PeopleImport.Report report) {
        return new ImportReportView(
                report.dryRun(),
                report.applied(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.problems().stream()
                        .map(problem -> new Problem(
                                problem.line(),
                                problem.key().substring(problem.key().lastIndexOf('.') + 1),
                                problem.text(Locale.ENGLISH)))
                        .toList(),
                report.lines());
    }
}
