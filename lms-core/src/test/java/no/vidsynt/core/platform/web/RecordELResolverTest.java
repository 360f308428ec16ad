package no.vidsynt.core.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import org.junit.jupiter.api.Test;

/** {@code #{unitView.unit.id}} on the learner's unit page: a record's components read as properties. */
class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    private final PublishedCourse.Unit unit = new PublishedCourse.Unit(13, "page", "Kultur er det vi gjør", true, null);

    @Test
    void readsARecordComponentByName() {
        assertThat(resolver.getValue(context, unit, "id")).isEqualTo(13L);
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(resolver.getValue(context, unit, "title")).isEqualTo("Kultur er det vi gjør");
    }

    @Test
    void leavesUnknownNamesAndOtherObjectsToTheNextResolver() {
        assertThat(resolver.getValue(context, unit, "nothing")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, "not a record", "id")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(resolver.getValue(context, null, "unit")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        assertThat(resolver.isReadOnly(context, unit, "id")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context, unit, "id", 14L))
                .isInstanceOf(PropertyNotWritableException.class);
    }
}
