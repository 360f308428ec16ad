package no.vidsynt.core.programme.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.vidsynt.core.spi.CourseModule;

/**
 * Checks the course modules found at start-up against the contract: unique keys of the right form, and every view
 * a module promises is present in its jar. Returns every problem at once, naming the module, so that a broken
 * deployment says exactly what to fix.
 */
public final class CourseModuleValidator {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private CourseModuleValidator() {
    }

    /**
     * @param modules every discovered module
     * @param viewExists whether a view path (such as {@code /veiledning/programme.xhtml}) can be served
     * @return human-readable problems; empty when all is well
     */
    public static List<String> problems(Collection<? extends CourseModule> modules, Predicate<String> viewExists) {
        List<String> problems = new ArrayList<>();
        Map<String, String> ownerOfKey = new HashMap<>();
        for (CourseModule module : modules) {
            String owner = module.getClass().getName();
            String key = module.key();
            if (key == null || !KEY.matcher(key).matches()) {
                problems.add(owner + ": key '" + key + "' must be 2-40 lower-case letters, digits or dashes");
                continue;
            }
            String earlier = ownerOfKey.putIfAbsent(key, owner);
            if (earlier != null) {
                problems.add("two course modules have the key '" + key + "': " + earlier + " and " + owner);
            }
            for (String view : module.views()) {
                if (view == null || !view.startsWith("/" + key + "/")) {
                    problems.add(owner + " (" + key + "): view '" + view + "' must lie under /" + key + "/");
                } else if (!viewExists.test(view)) {
                    problems.add(owner + " (" + key + "): view '" + view + "' does not exist (expected in the jar at META-INF/resources" + view + ")");
                }
            }
        }
        return problems;
    }
}
