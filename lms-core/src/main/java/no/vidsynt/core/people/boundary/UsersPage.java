package no.vidsynt.core.people.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.organisation.control.OrgUnits;
import no.vidsynt.core.organisation.control.UnitTree;
import no.vidsynt.core.people.control.PeopleSearch;
import no.vidsynt.core.people.control.ResultPage;
import no.vidsynt.core.people.entity.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Backs /admin/users.xhtml: search people by name, username, e-mail, unit, role and status, a page at a time. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleSearch search;

    @Inject
    OrgUnits orgUnits;

    private String text;
    private Long unitId;
    private Role role;
    private String status = "active";
    private List<UnitTree.Placed> units;
    private final LazyDataModel<PersonView> people = new People();

    @PostConstruct
    void load() {
        units = orgUnits.tree().ordered();
    }

    private PeopleSearch.Criteria criteria() {
        Boolean active = switch (status == null ? "" : status) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new PeopleSearch.Criteria(text, unitId, role, active);
    }

    /** The people matching the filters, loaded one table page at a time. */
    private final class People extends LazyDataModel<PersonView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.search(criteria(), 0, 1).total();
        }

        @Override
        public List<PersonView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(ResultPage.MAX_SIZE, pageSize));
            var tree = orgUnits.tree();
            var page = search.search(criteria(), first / size, size);
            setRowCount((int) page.total());
            return page.items().stream()
                    .map(person -> PersonView.of(person, tree))
                    .toList();
        }

        @Override
        public String getRowKey(PersonView person) {
            return String.valueOf(person.id());
        }

        @Override
        public PersonView getRowData(String rowKey) {
            return null;
        }
    }

    public LazyDataModel<PersonView> getPeople() {
        return people;
    }

    public List<UnitTree.Placed> getUnits() {
        return units;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
