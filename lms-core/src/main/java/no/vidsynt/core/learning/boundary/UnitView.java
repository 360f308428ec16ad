package no.vidsynt.core.learning.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import no.vidsynt.core.catalogue.control.PublishedCourse;
import no.vidsynt.core.catalogue.control.UnitTypes;
import no.vidsynt.core.enrolment.control.Enrolments;
import no.vidsynt.core.enrolment.entity.Enrolment;
import no.vidsynt.core.learning.control.LearnerActions;
import no.vidsynt.core.learning.control.Learning;
import no.vidsynt.core.learning.control.LearningTexts;
import no.vidsynt.core.people.entity.Person;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.platform.web.Texts;
import no.vidsynt.core.security.boundary.CurrentPerson;
import no.vidsynt.core.spi.UnitType;

/**
 * Backs the one page every unit type uses, {@code /learning/unit.xhtml?id=...}: title, breadcrumb, neighbours,
 * status, and the type's own fragment. Opening it records a visit. Units of courses the person is not enrolled in are
 * "not found"; units that are not available yet answer 404 too, but say why.
 */
@Named("unitView")
@ViewScoped
public class UnitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Learning learning;

    @Inject
    transient LearnerActions actions;

    @Inject
    transient UnitTypes unitTypes;

    @Inject
    transient Enrolments enrolments;

    @Inject
    transient CurrentPerson currentPerson;

    private Long id;
    private transient Learning.UnitAccess access;
    private transient JsonObject settings;

    /**
     * Opens the unit before the page renders (not on postbacks): checks access, records the visit. The view is built
     * before this runs, so the getters load the unit themselves from the {@code id} request parameter.
     */
    public void open() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Person person = currentPerson.get().orElseThrow();
        if (getAccess() == null) {
            Pages.notFound();
            return;
        }
        if (!access.verdict().available()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        actions.visit(person, id, Pages.locale());
        refresh(person);
    }

    /** "Merk som fullført" for types completed by the learner. */
    public void markDone() {
        Person person = currentPerson.get().orElseThrow();
        try {
            actions.markDone(person, id, Pages.locale());
        } catch (Refusal refused) {
            Texts.refused(null, refused);
            return;
        }
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_INFO, LearningTexts.get(Pages.locale(), "unit.done"), null));
        boolean courseCompleted = enrolments
                .of(person.getId(), getAccess().course().courseId())
                .map(Enrolment::getCompletedAt)
                .isPresent();
        refresh(person);
        if (courseCompleted) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    LearningTexts.get(
                                            Pages.locale(),
                                            "unit.courseDone",
                                            access.course().title()),
                                    null));
        }
    }

    private void refresh(Person person) {
        learning.unit(person, id).ifPresent(fresh -> access = fresh);
    }

    /** The access as loaded (again after the view was restored from another server's session). */
    public Learning.UnitAccess getAccess() {
        if (access == null && getId() != null) {
            currentPerson.get().ifPresent(this::refresh);
        }
        return access;
    }

    /** The unit as published. */
    public PublishedCourse.Unit getUnit() {
        return getAccess() == null ? null : access.unit();
    }

    /** The unit's own settings ({@code course_unit.settings}), an empty object when it has none. */
    public JsonObject getSettings() {
        if (settings == null) {
            String json = getAccess() == null ? null : access.settings();
            if (json == null || json.isBlank()) {
                settings = JsonObject.EMPTY_JSON_OBJECT;
            } else {
                try (JsonReader reader = Json.createReader(new StringReader(json))) {
                    settings = reader.readObject();
                } catch (JsonParsingException | ClassCastException e) {
                    settings = JsonObject.EMPTY_JSON_OBJECT;
                }
            }
        }
        return settings;
    }

    public boolean isAvailable() {
        return getAccess() != null && access.verdict().available();
    }

    public boolean isCompleted() {
        return getAccess() != null && access.status().isDone();
    }

    /** The type's learner fragment, or null when the type is not installed. */
    public String getFragment() {
        return getAccess() == null
                ? null
                : unitTypes
                        .byKey(access.unit().type())
                        .map(UnitType::learnerFragment)
                        .orElse(null);
    }

    public String getReasons() {
        return getAccess() == null ? "" : LearningTexts.reasons(access.verdict().reasons(), Pages.locale());
    }

    public String getStatusKey() {
        return getAccess() == null ? "" : "status." + access.status().name();
    }

    public Long getId() {
        if (id == null) {
            id = Pages.longParameter("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
