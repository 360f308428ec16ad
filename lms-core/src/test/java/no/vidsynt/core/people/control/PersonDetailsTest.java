package no.vidsynt.core.people.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonDetailsTest {

    private static PersonDetails details(String username, String name, String email, String language) {
        return new PersonDetails(username, name, email, language, Set.of(), Set.of());
    }

    @Test
    void acceptsNorwegianLettersAndLeavesLanguageOptional() {
        assertThatCode(() -> details("bjørn.ødegård", "Bjørn Ødegård", "bjorn@example.no", null)
                        .check())
                .doesNotThrowAnyException();
        assertThatCode(() -> details("kari", "Kari", "kari@example.no", "en").check())
                .doesNotThrowAnyException();
    }

    @Test
    void refusesMissingAndMalformedFieldsWithTheirReason() {
        assertRefused(details(" ", "Kari", "kari@example.no", "nb"), "refused.missing");
        assertRefused(details("kari nordmann", "Kari", "kari@example.no", "nb"), "refused.badUsername");
        assertRefused(details("kari", "", "kari@example.no", "nb"), "refused.missing");
        assertRefused(details("kari", "K".repeat(201), "kari@example.no", "nb"), "refused.tooLong");
        assertRefused(details("kari", "Kari", "kari.example.no", "nb"), "refused.badEmail");
        assertRefused(details("kari", "Kari", "kari@example.no", "de"), "refused.badLanguage");
        assertRefused(details("kari", "Kari\r\nBcc: x@example.no", "kari@example.no", "nb"), "refused.lineBreak");
    }

    private static void assertRefused(PersonDetails details, String key) {
        assertThatThrownBy(details::check)
                .isInstanceOfSatisfying(
                        Refused.class,
                        refused -> org.assertj.core.api.Assertions.assertThat(refused.key())
                                .isEqualTo(key));
    }
}
