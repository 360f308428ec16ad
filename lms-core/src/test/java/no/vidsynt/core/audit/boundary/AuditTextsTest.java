package no.vidsynt.core.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import org.junit.jupiter.api.Test;

/** The audit log reads in the chosen language: no raw codes, no English descriptions in the bokmål UI. */
class AuditTextsTest {

    private static final Locale NB = Languages.DEFAULT;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void codesBecomeWordsInTheChosenLanguage() {
        assertThat(AuditTexts.action("course.published", NB)).isEqualTo("Kurs publisert");
        assertThat(AuditTexts.action("course.published", EN)).isEqualTo("Course published");
        assertThat(AuditTexts.target("org_unit", "2", NB)).isEqualTo("Enhet 2");
        assertThat(AuditTexts.target("org_unit", "2", EN)).isEqualTo("Unit 2");
        assertThat(AuditTexts.target("person", null, NB)).isEqualTo("Person");
    }

    @Test
    void everyActionTheServicesRecordHasAWordInBothLanguages() {
        for (String code : new String[] {
            "cohort.changed",
            "cohort.created",
            "cohort.deleted",
            "cohort.member.added",
            "enrolment.unit.undone",
            "content.captioned",
            "content.uploaded",
            "content.published",
            "content.rolled-back",
            "course.author-added",
            "course.created",
            "course.deleted",
            "course.published",
            "enrolment.unit",
            "org_unit.created",
            "org_unit.leader_added",
            "org_unit.leader_removed",
            "org_unit.moved",
            "org_unit.renamed",
            "people.import_applied",
            "person.created",
            "person.deactivated",
            "person.password_set",
            "person.reactivated",
            "person.updated",
            "profile.password_changed",
            "profile.updated",
            "session.cancel",
            "session.change",
            "session.create",
            "session.message"
        }) {
            assertThat(AuditTexts.action(code, NB)).as(code).isNotEqualTo(code).doesNotContain(".");
            assertThat(AuditTexts.action(code, EN)).as(code).isNotEqualTo(code).doesNotContain(".");
        }
    }

    @Test
    void knownDescriptionsAreWrittenInTheChosenLanguage() {
        assertThat(AuditTexts.details("course.published", "'Grunnkurs' version 2, 7 units", NB))
                .isEqualTo("«Grunnkurs», versjon 2, 7 deler");
        assertThat(AuditTexts.details("course.published", "'Grunnkurs' version 2, 7 units", EN))
                .isEqualTo("“Grunnkurs”, version 2, 7 units");
        assertThat(AuditTexts.details("org_unit.leader_removed", "leif no longer leads Avdeling Arendal", NB))
                .isEqualTo("leif leder ikke lenger Avdeling Arendal");
        assertThat(AuditTexts.details("org_unit.renamed", "Avd A -> Avdeling A", NB))
                .isEqualTo("Avd A → Avdeling A");
        assertThat(AuditTexts.details(
                        "org_unit.leader_added", "leo leads Avdeling Mandal (granted the leader role)", NB))
                .isEqualTo("leo leder Avdeling Mandal (fikk lederrollen)");
        assertThat(AuditTexts.details("org_unit.leader_added", "leo leads Avdeling Mandal", NB))
                .isEqualTo("leo leder Avdeling Mandal");
        assertThat(AuditTexts.details("enrolment.unit.undone", "Course 4; 3 not yet started withdrawn", NB))
                .isEqualTo("Kurs 4; 3 som ikke hadde startet, er meldt av");
        assertThat(AuditTexts.details("org_unit.created", "department Region sør/Avdeling Grimstad", NB))
                .isEqualTo("Avdeling: Region sør/Avdeling Grimstad");
        assertThat(AuditTexts.details("org_unit.created", "team Region sør/Team 1", EN))
                .isEqualTo("Team: Region sør/Team 1");
        assertThat(AuditTexts.details("people.import_applied", "3 created, 1 updated, 0 unchanged", NB))
                .isEqualTo("3 opprettet, 1 endret, 0 uendret");
        assertThat(AuditTexts.details(
                        "enrolment.unit", "Course 4 for the unit and below; 9 enrolled now, cohort 2", NB))
                .isEqualTo("Kurs 4 for enheten og enhetene under; 9 påmeldt nå, kull 2");
    }

    @Test
    void changeListsTranslateTheirWordsAndKeepTheData() {
        assertThat(AuditTexts.details(
                        "person.updated", "lise: name; roles learner -> learner, trainer; joined Avdeling Arendal", NB))
                .isEqualTo("lise: navn; roller learner → learner, trainer; ble med i Avdeling Arendal");
        assertThat(AuditTexts.details("profile.updated", "lise: name email", NB))
                .isEqualTo("lise: navn; e-post");
    }

    @Test
    void anUnknownDescriptionIsShownAsWritten() {
        assertThat(AuditTexts.details("course.deleted", "'Gammelt kurs'", NB)).isEqualTo("'Gammelt kurs'");
        assertThat(AuditTexts.details("something.new", "whatever", NB)).isEqualTo("whatever");
        assertThat(AuditTexts.action("something.new", NB)).isEqualTo("something.new");
    }
}
