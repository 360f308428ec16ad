package no.vidsynt.core.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.entity.OrgUnitKind;
import no.vidsynt.core.people.boundary.PageMessages;
import no.vidsynt.core.people.control.PeopleSearch;
import no.vidsynt.core.people.control.Refused;
import no.vidsynt.core.people.entity.Person;

/**
 * Backs /admin/organisation.xhtml: the tree of units with their leaders; create a unit, rename or move one, and
 * assign or remove leaders.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PeopleSearch peopleSearch;

    private List<OrgUnits.Overview> units;
    private List<Person> activePeople;

    private String newName;
    private Long newParentId;

    private Long selectedId;
    private String editName;
    private Long editParentId;
    private Long leaderId;

    @PostConstruct
    void load() {
        units = orgUnits.overview();
        activePeople = peopleSearch
                .search(new PeopleSearch.Criteria(null, null, null, true), 0, 1000)
                .items();
    }

    public void create() {
        try {
            var created = orgUnits.create(newName, newParentId);
            PageMessages.info(
                    "organisation.created",
                    created.getName(),
                    kindLabel(created.getKind()).toLowerCase(PageMessages.locale()));
            newName = null;
            load();
        } catch (Refused refused) {
            PageMessages.refused("create:name", refused);
        }
    }

    /** Opens a unit for editing. */
    public void select(long id) {
        selectedId = id;
        getSelected().ifPresent(unit -> {
            editName = unit.name();
            editParentId = unit.parentId();
        });
        leaderId = null;
    }

    public void saveSelected() {
        try {
            orgUnits.rename(selectedId, editName);
            orgUnits.move(selectedId, editParentId);
            PageMessages.info("organisation.saved", editName);
            load();
        } catch (Refused refused) {
            PageMessages.refused("edit:name", refused);
        }
    }

    public void addLeader() {
        if (leaderId == null) {
            PageMessages.error("leaders:leader", "organisation.chooseLeader");
            return;
        }
        try {
            orgUnits.addLeader(selectedId, leaderId);
            PageMessages.info("organisation.leaderAdded");
            leaderId = null;
            load();
        } catch (Refused refused) {
            PageMessages.refused(null, refused);
        }
    }

    public void removeLeader(long personId) {
        try {
            orgUnits.removeLeader(selectedId, personId);
            PageMessages.info("organisation.leaderRemoved");
            load();
        } catch (Refused refused) {
            PageMessages.refused(null, refused);
        }
    }

    public java.util.Optional<OrgUnits.Overview> getSelected() {
        return units.stream()
                .filter(unit -> selectedId != null && unit.id() == selectedId)
                .findFirst();
    }

    public OrgUnits.Overview getSelectedUnit() {
        return getSelected().orElse(null);
    }

    /** The units a new or moved unit may be placed under (teams hold no units). */
    public List<OrgUnits.Overview> getParents() {
        return units.stream().filter(unit -> unit.kind() != OrgUnitKind.TEAM).toList();
    }

    public String kindLabel(OrgUnitKind kind) {
        return PageMessages.text("kind." + kind.name());
    }

    public List<OrgUnits.Overview> getUnits() {
        return units;
    }

    public List<Person> getActivePeople() {
        return activePeople;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getNewParentId() {
        return newParentId;
    }

    public void setNewParentId(Long newParentId) {
        this.newParentId = newParentId;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public Long getEditParentId() {
        return editParentId;
    }

    public void setEditParentId(Long editParentId) {
        this.editParentId = editParentId;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }
}
