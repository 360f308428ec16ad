package no.vidsynt.core.catalogue.boundary;

import java.util.ArrayList;
import java.util.List;
import no.vidsynt.core.catalogue.control.InvalidChange;
import no.vidsynt.core.catalogue.control.Violation;

/** The API's own checks of a request's shape (paging, a body where one is needed), answered as 400 field errors. */
final class RequestChecks {

    static final int MAX_SIZE = 100;

    private RequestChecks() {}

    static void paging(int page, int size) {
        List<Violation> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(Violation.of("page", "error.page.min"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(Violation.of("size", "error.size.range", MAX_SIZE));
        }
        InvalidChange.throwIfAny(problems);
    }

    static <T> T body(T input) {
        if (input == null) {
            throw new InvalidChange(Violation.of("body", "error.body.required"));
        }
        return input;
    }
}
