package no.vidsynt.veiledning.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void aNewCodeIsSeventeenCharactersOfTheAlphabetAndValid() {
        String code = CertificateCodes.generate();
        assertThat(code).hasSize(17).matches("[" + CertificateCodes.ALPHABET + "]+");
        assertThat(CertificateCodes.parse(code)).contains(code);
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(CertificateCodes.generate());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void typedCodesAreReadWithoutCaseSpacesOrDashes() {
        String code = CertificateCodes.generate();
        String typed = " " + CertificateCodes.display(code).toLowerCase() + " ";
        assertThat(CertificateCodes.parse(typed)).contains(code);
        assertThat(CertificateCodes.display(code)).matches("(.{4}-){4}.");
    }

    @Test
    void everyChangedCharacterMakesTheCodeInvalid() {
        for (int round = 0; round < 50; round++) {
            String code = CertificateCodes.generate();
            for (int i = 0; i < code.length(); i++) {
                for (char other : CertificateCodes.ALPHABET.toCharArray()) {
                    if (other == code.charAt(i)) {
                        continue;
                    }
                    String changed = code.substring(0, i) + other + code.substring(i + 1);
                    assertThat(CertificateCodes.parse(changed)).as(changed).isEmpty();
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreMostlyCaught() {
        int swaps = 0;
        int caught = 0;
        for (int round = 0; round < 200; round++) {
            String code = CertificateCodes.generate();
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                swaps++;
                if (CertificateCodes.parse(swapped).isEmpty()) {
                    caught++;
                }
            }
        }
        assertThat(caught).isGreaterThan(swaps * 9 / 10);
    }

    @Test
    void wrongLengthOrForeignCharactersAreInvalid() {
        String code = CertificateCodes.generate();
        assertThat(CertificateCodes.parse(code.substring(1))).isEmpty();
        assertThat(CertificateCodes.parse(code + "A")).isEmpty();
        assertThat(CertificateCodes.parse(code.substring(0, 16) + "0")).isEmpty();
        assertThat(CertificateCodes.parse(null)).isEmpty();
        assertThat(CertificateCodes.parse("")).isEmpty();
    }
}
