package no.vidsynt.veiledning.cohort.boundary;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view-scoped page computes once per request: pages ask for the same list several times while rendering
 * (is it empty? then its rows), and each time would read the database again. A new request computes it afresh.
 */
final class PerRequest<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Object request;
    private transient T value;

    T get(Supplier<T> compute) {
        Object now = FacesContext.getCurrentInstance();
        if (value == null || request != now) {
            value = compute.get();
            request = now;
        }
        return value;
    }

    /** After an action: the page shows what it changed. */
    void clear() {
        value = null;
    }
}
