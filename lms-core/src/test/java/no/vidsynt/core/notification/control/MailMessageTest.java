package no.vidsynt.core.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailMessageTest {

    @Test
    void subjectAndRecipientLoseTheirLineBreaks() {
        MailMessage mail = MailMessage.plain(
                "lise@example.no\r\nBcc: all@example.no",
                "Påmeldt: Økt\r\nBcc: spy@example.no\nX-Forged: 1",
                "Linje 1\nLinje 2");
        assertThat(mail.subject())
                .doesNotContain("\r")
                .doesNotContain("\n")
                .isEqualTo("Påmeldt: Økt  Bcc: spy@example.no X-Forged: 1");
        assertThat(mail.recipient()).doesNotContain("\n").doesNotContain("\r");
        assertThat(mail.body()).as("the body may have lines").isEqualTo("Linje 1\nLinje 2");
    }

    @Test
    void theLoggedBodyCannotPassForALogRecord() {
        assertThat(Mailer.indented("Hei\nDec 02, 2026 SEVERE: forged\r\nslutt"))
                .isEqualTo("\n    | Hei\n    | Dec 02, 2026 SEVERE: forged\n    | slutt");
    }
}
