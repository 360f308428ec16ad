package no.vidsynt.core.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import org.junit.jupiter.api.Test;

/** A refusal that carries another feature's reason says both in the reader's language. */
class BookingRefusedTest {

    @Test
    void aReasonFromAnotherFeatureIsPutIntoTheReadersLanguage() {
        BookingRefused.Localised reason = locale -> "en".equals(locale.getLanguage())
                ? "Available once you have completed \u201cReading\u201d."
                : "Tilgjengelig når du har fullført «Lesing».";
        BookingRefused refused = new BookingRefused(BookingRefused.Reason.CONFLICT, "refused.unitNotAvailable", reason);

        assertThat(refused.message(Locale.ENGLISH))
                .isEqualTo("You cannot book this session yet. Available once you have completed \u201cReading\u201d.");
        assertThat(refused.message(Languages.DEFAULT))
                .isEqualTo("Du kan ikke melde deg på denne økten ennå. Tilgjengelig når du har fullført «Lesing».");
    }
}
