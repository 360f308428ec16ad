package no.vidsynt.core.people.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultPageTest {

    @Test
    void pageAndSizeStayWithinBounds() {
        assertThat(ResultPage.size(null)).isEqualTo(20);
        assertThat(ResultPage.size(0)).isEqualTo(1);
        assertThat(ResultPage.size(10_000)).isEqualTo(ResultPage.MAX_SIZE);
        assertThat(ResultPage.page(null)).isZero();
        assertThat(ResultPage.page(-3)).isZero();
    }

    @Test
    void impossiblePagingIsNotPossible() {
        assertThat(ResultPage.possible(null, null)).isTrue();
        assertThat(ResultPage.possible(0, ResultPage.MAX_SIZE)).isTrue();
        assertThat(ResultPage.possible(-1, 20)).isFalse();
        assertThat(ResultPage.possible(0, 100_000)).isFalse();
        assertThat(ResultPage.possible(0, 0)).isFalse();
    }

    @Test
    void mappingKeepsTheCounts() {
        var page = new ResultPage<>(List.of(1, 2), 7, 3, 2).map(n -> "#" + n);
        assertThat(page).isEqualTo(new ResultPage<>(List.of("#1", "#2"), 7, 3, 2));
    }

    @Test
    void likePatternsTreatWildcardsAsText() {
        assertThat(PeopleSearch.likeEscaped("50%_a!")).isEqualTo("50!%!_a!!");
    }
}
