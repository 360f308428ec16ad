package no.vidsynt.core.platform.rest;

import java.util.List;

/** A request body that cannot be read as what the call expects: answered 400 with one entry per wrong field. */
public class InvalidBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidBody(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
