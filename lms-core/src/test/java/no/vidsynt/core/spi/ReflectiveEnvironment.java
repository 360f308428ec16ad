package no.vidsynt.core.spi;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.NormalScope;
import jakarta.inject.Scope;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.Set;
import no.vidsynt.core.programme.control.CourseModuleValidator;

/**
 * The deployment as unit tests see it: views are resources on a class loader; a part's bean is made with its
 * no-argument constructor (as CDI would, without injection); the core's session kinds are the contract's.
 */
public class ReflectiveEnvironment implements CourseModuleValidator.Environment {

    private final ClassLoader loader;

    public ReflectiveEnvironment(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean viewExists(String view) {
        return loader.getResource("META-INF/resources" + view) != null;
    }

    @Override
    public <T> Optional<T> resolve(Class<T> type) {
        if (!isBean(type)) {
            return Optional.empty();
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return Optional.of(constructor.newInstance());
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** Whether the class has a bean-defining annotation (the jars use bean-discovery-mode "annotated"). */
    static boolean isBean(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.isAnnotationPresent(NormalScope.class)
                    || kind.isAnnotationPresent(Scope.class)
                    || kind == Dependent.class
                    || kind.getName().startsWith("jakarta.ejb.")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<String> coreSessionKinds() {
        return Set.copyOf(SessionKind.CORE_KEYS);
    }
}
