package no.vidsynt.core.catalogue.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void cutsPagesAndKeepsTheTotal() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(Catalogue.slice(all, 0, 2)).isEqualTo(new Catalogue.Page<>(List.of(1, 2), 5, 0, 2));
        assertThat(Catalogue.slice(all, 2, 2).items()).containsExactly(5);
        assertThat(Catalogue.slice(all, 3, 2).items()).isEmpty();
        assertThat(Catalogue.slice(all, 3, 2).total()).isEqualTo(5);
        assertThat(Catalogue.slice(all, Integer.MAX_VALUE, 100).items())
                .as("no overflow")
                .isEmpty();
    }
}
