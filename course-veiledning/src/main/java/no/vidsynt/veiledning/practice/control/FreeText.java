package no.vidsynt.veiledning.practice.control;

import no.vidsynt.veiledning.privacy.IdentityNumbers;

/** The checks on what trainees write: present, not too long, and without anyone's identity number. */
final class FreeText {

    static final int MAX_LENGTH = 4000;

    private FreeText() {}

    /** The text, stripped; refused when it is blank, too long or holds an identity number. */
    static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw PracticeRefused.invalidInput("practice.refused.textRequired");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw PracticeRefused.invalidInput("practice.refused.textTooLong", MAX_LENGTH);
        }
        if (IdentityNumbers.containsAny(stripped)) {
            throw PracticeRefused.invalidInput("privacy.identityNumber");
        }
        return stripped;
    }
}
