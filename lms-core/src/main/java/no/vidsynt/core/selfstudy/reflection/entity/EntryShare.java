package no.vidsynt.core.selfstudy.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The writer shared a journal entry with one person, or with everyone in one of their organisational units. */
@Entity
@Table(name = "ss_entry_share")
@NamedQuery(name = EntryShare.OF_ENTRY, query = "SELECT s FROM EntryShare s WHERE s.entryId = :entry ORDER BY s.id")
@NamedQuery(
        name = EntryShare.TO_PERSON_OR_UNITS,
        query = "SELECT s FROM EntryShare s WHERE s.personId = :person " + "OR s.orgUnitId IN :units")
public class EntryShare {

    public static final String OF_ENTRY = "EntryShare.ofEntry";
    public static final String TO_PERSON_OR_UNITS = "EntryShare.toPersonOrUnits";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt = Instant.now();

    protected EntryShare() {
        // for JPA
    }

    private EntryShare(long entryId, Long personId, Long orgUnitId) {
        this.entryId = entryId;
        this.personId = personId;
        this.orgUnitId = orgUnitId;
    }

    public static EntryShare withPerson(long entryId, long personId) {
        return new EntryShare(entryId, personId, null);
    }

    public static EntryShare withOrgUnit(long entryId, long orgUnitId) {
        return new EntryShare(entryId, null, orgUnitId);
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }
}
