package no.vidsynt.core.spi;

import java.util.Objects;

/**
 * One link a course module adds to the header menu.
 *
 * @param labelKey key in the module's own bundle
 * @param view the Faces view it opens, inside the module's folder
 */
public record MenuEntry(String labelKey, String view) {
    public MenuEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(view, "view");
    }
}
