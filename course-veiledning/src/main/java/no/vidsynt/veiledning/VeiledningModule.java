package no.vidsynt.veiledning;

import jakarta.enterprise.context.Dependent;
import no.vidsynt.core.spi.CourseModule;

/** The VidSynt Veiledning programme's identity towards the core. */
@Dependent
public class VeiledningModule implements CourseModule {

    public static final String KEY = "veiledning";

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
        return "no.vidsynt.veiledning.i18n.texts";
    }

    @Override
    public String programmeView() {
        return "/veiledning/programme.xhtml";
    }

    @Override
    public int displayOrder() {
        return 20;
    }
}
