package no.vidsynt.core.people.control.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import no.vidsynt.core.people.entity.Role;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static final String HEADER = "username;name;email;language;roles;units\n";

    @Test
    void readsSemicolonSeparatedLinesWithNorwegianLettersRolesAndUnits() {
        var parsed = PeopleCsv.parse("\uFEFF" + HEADER
                + "bjørn.ødegård;Bjørn Ødegård;bjorn@example.no;en;trainer, leder;Region sør/Avdeling Arendal,Team Æ\r\n"
                + "kari;Kari Nordmann;kari@example.no;;;Avdeling Kristiansand\r\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(2);
        ImportRow bjorn = parsed.rows().get(0);
        assertThat(bjorn.line()).isEqualTo(2);
        assertThat(bjorn.username()).isEqualTo("bjørn.ødegård");
        assertThat(bjorn.name()).isEqualTo("Bjørn Ødegård");
        assertThat(bjorn.language()).isEqualTo("en");
        assertThat(bjorn.roles()).containsExactlyInAnyOrder(Role.TRAINER, Role.LEADER);
        assertThat(bjorn.units()).containsExactly("Region sør/Avdeling Arendal", "Team Æ");
        ImportRow kari = parsed.rows().get(1);
        assertThat(kari.line()).isEqualTo(3);
        assertThat(kari.language()).as("empty language means bokmål").isEqualTo("nb");
        assertThat(kari.roles()).as("no roles means learner").isEqualTo(Set.of(Role.LEARNER));
    }

    @Test
    void reportsEveryBadLineWithItsNumberAndReason() {
        var parsed = PeopleCsv.parse(HEADER
                + "ok;Ok Person;ok@example.no;nb;learner;Region sør\n"
                + ";No Username;nouser@example.no;nb;learner;Region sør\n"
                + "bademail;Bad Email;not-an-email;nb;learner;Region sør\n"
                + "badrole;Bad Role;badrole@example.no;nb;boss;Region sør\n"
                + "badlang;Bad Language;badlang@example.no;de;learner;Region sør\n"
                + "ok;Ok Again;ok2@example.no;nb;learner;Region sør\n"
                + "other;Same Email;OK@example.no;nb;learner;Region sør\n"
                + "nounit;No Unit;nounit@example.no;nb;learner;\n"
                + "short;Too;Few\n");
        assertThat(parsed.rows()).extracting(ImportRow::username).containsExactly("ok");
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "import.problem.missing"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.problem.badEmail"),
                        org.assertj.core.groups.Tuple.tuple(5, "import.problem.unknownRole"),
                        org.assertj.core.groups.Tuple.tuple(6, "import.problem.badLanguage"),
                        org.assertj.core.groups.Tuple.tuple(7, "import.problem.duplicateUsername"),
                        org.assertj.core.groups.Tuple.tuple(8, "import.problem.duplicateEmail"),
                        org.assertj.core.groups.Tuple.tuple(9, "import.problem.missing"),
                        org.assertj.core.groups.Tuple.tuple(10, "import.problem.columns"));
        assertThat(parsed.problems().get(4).text(Locale.forLanguageTag("nb")))
                .isEqualTo("Brukernavnet ok står også på linje 2.");
        assertThat(parsed.problems().get(0).text(Locale.ENGLISH)).isEqualTo("The field username is missing.");
    }

    @Test
    void lineNumbersFollowTheFileEvenWithBlankLinesAndLineBreaksInsideQuotes() {
        var parsed = PeopleCsv.parse(
                HEADER + "\n" + "a;\"Anne\nMultiline\";a@example.no;nb;learner;X\n" + "b;B;bad;nb;learner;X\n");
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(3);
        assertThat(parsed.problems()).extracting(ImportProblem::line).containsExactly(5);
    }

    @Test
    void refusesAFileWithoutTheRightHeaderOrWithCommas() {
        assertThat(PeopleCsv.parse("username;name;email\nx;y;z@example.no\n").problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "import.problem.header"));
        assertThat(PeopleCsv.parse("username,name,email,language,roles,units\n").problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.problem.commas");
        assertThat(PeopleCsv.parse("  ").problems())
                .extracting(ImportProblem::key)
                .containsExactly("import.problem.empty");
    }

    @Test
    void headerColumnsMayComeInAnyOrderAndCase() {
        var parsed = PeopleCsv.parse("Units;Roles;Language;Email;Name;Username\nTeam A;admin;en;x@example.no;X Y;xy\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).username()).isEqualTo("xy");
        assertThat(parsed.rows().get(0).roles()).containsExactly(Role.ADMIN);
    }
}
