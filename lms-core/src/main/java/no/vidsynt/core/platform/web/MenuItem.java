package no.vidsynt.core.platform.web;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One link in the header's "my pages" menu, contributed by a feature or module through a {@link MenuContribution}.
 * Shown to people who hold at least one of its roles.
 *
 * @param bundleBaseName the bundle that holds the label
 * @param labelKey the label's key in that bundle
 * @param view the view the link opens
 * @param roles the roles that see it (role names such as "learner")
 * @param order position in the menu; lower first
 */
public record MenuItem(String bundleBaseName, String labelKey, String view, Set<String> roles, int order) {

    public String label(Locale locale, ClassLoader loader) {
        return ResourceBundle.getBundle(bundleBaseName, locale, loader).getString(labelKey);
    }
}
