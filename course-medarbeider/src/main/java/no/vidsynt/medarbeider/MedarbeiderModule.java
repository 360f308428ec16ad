package no.vidsynt.medarbeider;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import no.vidsynt.core.spi.CourseModule;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.medarbeider.demo.MedarbeiderDemoCourse;
import no.vidsynt.medarbeider.demo.MedarbeiderDemoLearning;
import no.vidsynt.medarbeider.demo.MedarbeiderDemoSelfStudy;

/**
 * The VidSynt Medarbeider programme towards the core: its identity and page, and its demo (the course with tasks and
 * self-study, Lise and her colleagues at different stages of it).
 */
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

    @Override
    public List<Class<? extends DemoContribution>> demoData() {
        return List.of(MedarbeiderDemoCourse.class, MedarbeiderDemoSelfStudy.class, MedarbeiderDemoLearning.class);
    }
}
