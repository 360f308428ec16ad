package no.vidsynt.core.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The header's "my pages" links for the signed-in person: every contributed item they hold a role for. */
@Named
@RequestScoped
public class Navigation {

    /** A link ready for the page. */
    public static final class Link {
        private final String label;
        private final String view;

        Link(String label, String view) {
            this.label = label;
            this.view = view;
        }

        public String getLabel() {
            return label;
        }

        public String getView() {
            return view;
        }
    }

    @Inject
    @Any
    Instance<MenuContribution> contributions;

    @Inject
    LanguageChoice language;

    private List<Link> links;

    public List<Link> getLinks() {
        if (links == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            links = contributions.stream()
                    .flatMap(contribution -> contribution.menuItems().stream().map(item ->
                            new Object[] {item, contribution.getClass().getClassLoader()}))
                    .filter(pair -> ((MenuItem) pair[0]).roles().stream().anyMatch(external::isUserInRole))
                    .sorted(Comparator.comparingInt(pair -> ((MenuItem) pair[0]).order()))
                    .map(pair -> {
                        MenuItem item = (MenuItem) pair[0];
                        return new Link(item.label(language.getLocale(), (ClassLoader) pair[1]), item.view());
                    })
                    .toList();
        }
        return links;
    }

    /** Whether the current view is this link's (for aria-current). */
    public boolean isCurrent(Link link) {
        return link.getView()
                .equals(FacesContext.getCurrentInstance().getViewRoot().getViewId());
    }
}
