package no.vidsynt.core.catalogue.control;

import jakarta.json.Json;
import java.util.List;
import no.vidsynt.core.catalogue.entity.CourseSection;
import no.vidsynt.core.catalogue.entity.CourseUnit;

/**
 * Adds a section of task units to a course through the same service the author's editor uses: for the course
 * modules' demo courses, which are written in code rather than clicked together.
 */
public final class TaskSections {

    public record Task(String title, boolean required, String text) {}

    private TaskSections() {}

    public static CourseSection add(
            CourseStructure structure, Editor author, long courseId, String title, List<Task> tasks) {
        CourseSection section = structure.addSection(author, courseId, null, title);
        addTo(structure, author, courseId, section, tasks);
        return section;
    }

    /** Adds task units at the end of a section that exists. */
    public static void addTo(
            CourseStructure structure, Editor author, long courseId, CourseSection section, List<Task> tasks) {
        for (Task task : tasks) {
            CourseUnit unit =
                    structure.addUnit(author, courseId, null, section.getId(), TaskUnitType.KEY, task.title());
            structure.editUnit(
                    author,
                    courseId,
                    null,
                    unit.getId(),
                    new CourseStructure.UnitChange(
                            task.title(),
                            task.required(),
                            Json.createObjectBuilder()
                                    .add("text", task.text())
                                    .build()
                                    .toString(),
                            null));
        }
    }
}
