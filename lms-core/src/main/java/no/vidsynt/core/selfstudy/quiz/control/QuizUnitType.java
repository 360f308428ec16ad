package no.vidsynt.core.selfstudy.quiz.control;

import jakarta.enterprise.context.ApplicationScoped;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.spi.UnitType;

/** A self-assessment: questions, attempts and a pass mark; the score decides completion. */
@ApplicationScoped
public class QuizUnitType implements UnitType {

    public static final String KEY = "quiz";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String bundleBaseName() {
        return InvalidInput.StudyTexts.BUNDLE;
    }

    @Override
    public String learnerFragment() {
        return "/WEB-INF/selfstudy/quiz-fragment.xhtml";
    }

    @Override
    public String previewView() {
        return "/selfstudy/quiz";
    }

    @Override
    public String authorFragment() {
        return "/WEB-INF/selfstudy/author/quiz-fragment.xhtml";
    }

    @Override
    public Completion completion() {
        return Completion.SCORED;
    }
}
