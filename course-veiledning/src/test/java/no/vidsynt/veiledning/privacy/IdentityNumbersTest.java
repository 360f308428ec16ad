package no.vidsynt.veiledning.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    // Computed with the two modulus-11 check digits: 15 May 1985 and a D-number for 1 January 1990.
    private static final String FNR = "15058543206";
    private static final String D_NUMBER = "41019012393";

    @Test
    void findsAValidNumberAndADNumber() {
        assertTrue(IdentityNumbers.isValid(FNR));
        assertTrue(IdentityNumbers.isValid(D_NUMBER));
        assertTrue(IdentityNumbers.containsAny(FNR));
        assertTrue(IdentityNumbers.containsAny("Gutten (d-nr " + D_NUMBER + ") sa at"));
    }

    @Test
    void findsNumbersInsideLongerTextWrittenWithSpacesOrDots() {
        assertTrue(IdentityNumbers.containsAny("Saken gjaldt jenta med fnr 150585 43206, som bor hjemme."));
        assertTrue(IdentityNumbers.containsAny("Se 15.05.85 432 06 i journalen"));
        assertTrue(IdentityNumbers.containsAny("15 05 85 43 206"));
        assertTrue(IdentityNumbers.containsAny("(" + FNR + ")"));
    }

    @Test
    void leavesWrongCheckDigitsAndImpossibleDatesAlone() {
        assertFalse(IdentityNumbers.isValid("15058543207"), "second check digit off by one");
        assertFalse(IdentityNumbers.isValid("15058543216"), "first check digit off by one");
        assertFalse(IdentityNumbers.isValid("32018543206"), "no 32nd day");
        assertFalse(IdentityNumbers.containsAny("Ring 15058543207 om du lurer på noe"));
        assertFalse(IdentityNumbers.containsAny("Konto 1503.85.43206 er feil"), "check digits fail");
    }

    @Test
    void ignoresDigitsThatBelongToALongerRun() {
        assertFalse(IdentityNumbers.containsAny("9" + FNR), "twelve digits");
        assertFalse(IdentityNumbers.containsAny(FNR + "1"), "twelve digits");
        assertFalse(IdentityNumbers.containsAny("Vi brukte 45 minutter med 3 deltakere den 15.05.2026."));
        assertFalse(IdentityNumbers.containsAny(null));
        assertFalse(IdentityNumbers.containsAny(""));
    }
}
