package no.vidsynt.core.platform.web;

import java.util.List;

/** A CDI bean through which a feature or module adds its pages to the header menu. */
public interface MenuContribution {

    List<MenuItem> menuItems();
}
