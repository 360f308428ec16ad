package no.vidsynt.veiledning.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Norwegian national identity numbers (fødselsnummer) and D-numbers in free text, so that nobody writes a third
 * party's number into a logbook, a case or feedback.
 *
 * <p>A candidate is eleven digits, written together or grouped with spaces or dots (as people write them: "010190 12345",
 * "01.01.90 123 45"), not part of a longer run of digits. It counts when its date part is a real day (a D-number adds 4
 * to the first digit) and both check digits are right; eleven digits that fail the checks are left alone, so that an
 * account number or a phone number does not refuse a text.
 */
public final class IdentityNumbers {

    /** Eleven digits, each group separated by at most one space or dot, not touching other digits. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d.])(?:\\d[ .]?){10}\\d(?![\\d])");

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private IdentityNumbers() {}

    /** Whether the text holds a valid identity number or D-number anywhere. */
    public static boolean containsAny(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isValid(matcher.group().replaceAll("[ .]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether eleven digits are a valid fødselsnummer or D-number (date and both check digits). */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        int[] d = digits.chars().map(c -> c - '0').toArray();
        int day = d[0] * 10 + d[1];
        if (day > 40) {
            day -= 40; // a D-number
        }
        int month = d[2] * 10 + d[3];
        if (month > 40) {
            month -= 40; // an H-number, the health service's help number, identifies a person just as well
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        return d[9] == checkDigit(d, WEIGHTS_1) && d[10] == checkDigit(d, WEIGHTS_2);
    }

    private static int checkDigit(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
