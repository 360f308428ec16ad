package no.vidsynt.veiledning.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.people.control.People;
import no.vidsynt.core.spi.DemoContribution;
import no.vidsynt.core.spi.DemoSeeding;
import no.vidsynt.veiledning.VeiledningModule;

/** Leif, the demo leader, has enrolled his department (Avdeling Kristiansand) in the Veiledning course. */
@ApplicationScoped
public class VeiledningDemoLearning implements DemoContribution {

    @Inject
    People people;

    @Inject
    Enrolments enrolments;

    @Override
    public Step step() {
        return Step.LEARNING;
    }

    @Override
    public void seed(DemoSeeding demo) {
        Long course = demo.course(VeiledningModule.KEY).orElse(null);
        if (course == null) {
            return;
        }
        people.byUsername("leif")
                .ifPresent(leif -> leif.getUnits().stream()
                        .map(OrgUnit::getId)
                        .findFirst()
                        .ifPresent(unit -> enrolments.enrolUnit(leif, unit, course, null)));
    }
}
