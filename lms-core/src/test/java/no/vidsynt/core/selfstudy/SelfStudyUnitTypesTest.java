package no.vidsynt.core.selfstudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.vidsynt.core.platform.web.Languages;
import no.vidsynt.core.selfstudy.page.control.PageUnitType;
import no.vidsynt.core.selfstudy.quiz.control.QuizUnitType;
import no.vidsynt.core.selfstudy.reflection.control.ReflectionUnitType;
import no.vidsynt.core.spi.UnitType;
import org.junit.jupiter.api.Test;

class SelfStudyUnitTypesTest {

    static final List<UnitType> TYPES = List.of(new PageUnitType(), new ReflectionUnitType(), new QuizUnitType());

    @Test
    void threeTypesWithTheirCompletionAndFragments() {
        assertThat(TYPES).extracting(UnitType::key).containsExactly("page", "reflection", "quiz");
        assertThat(TYPES)
                .extracting(UnitType::completion)
                .containsExactly(
                        UnitType.Completion.MARKED_DONE, UnitType.Completion.MARKED_DONE, UnitType.Completion.SCORED);
        for (UnitType type : TYPES) {
            assertThat(getClass().getResource("/META-INF/resources" + type.learnerFragment()))
                    .as(type.key())
                    .isNotNull();
            assertThat(getClass().getResource("/META-INF/resources" + type.authorFragment()))
                    .as(type.key())
                    .isNotNull();
        }
    }

    @Test
    void labelsReadNaturallyInBothLanguages() {
        assertThat(TYPES)
                .extracting(type -> type.label(Languages.DEFAULT))
                .containsExactly("Lesestoff", "Refleksjon", "Egenvurdering");
        assertThat(TYPES)
                .extracting(type -> type.label(Locale.ENGLISH))
                .containsExactly("Reading page", "Reflection", "Self-assessment");
    }

    @Test
    void refusalTextsComeInTheAskedLanguage() {
        assertThat(InvalidInput.StudyTexts.text(Locale.ROOT, "reflection.tooLong", 20_000))
                .isEqualTo("The answer is too long. You can write at most 20,000 characters per answer.");
        assertThat(InvalidInput.StudyTexts.text(Languages.DEFAULT, "reflection.tooLong", 20_000)
                        .replace('\u00a0', ' '))
                .isEqualTo("Svaret er for langt. Du kan skrive høyst 20 000 tegn per svar.");
    }
}
