package no.vidsynt.content;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.content.upload.boundary.ContentTexts;
import no.vidsynt.core.spi.UnitType;

/** A course unit that shows a published content version: a film, a document, a picture or an HTML package. */
@ApplicationScoped
public class ContentUnitType implements UnitType {

    public static final String KEY = "content";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return ContentTexts.BUNDLE;
    }

    @Override
    public String learnerFragment() {
        return "/content/unit-content.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.REPORTED;
    }
}
