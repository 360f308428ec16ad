package no.vidsynt.medarbeider;

import jakarta.enterprise.context.Dependent;
import no.vidsynt.core.spi.CourseModule;

/** The VidSynt Medarbeider programme's identity towards the core. */
@Dependent
public class MedarbeiderModule implements CourseModule {

    public static final String KEY = "medarbeider";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String bundleBaseName() {
        return "no.vidsynt.medarbeider.i18n.texts";
    }

    @Override
    public String programmeView() {
        return "/medarbeider/programme.xhtml";
    }

    @Override
    public int displayOrder() {
        return 10;
    }
}
