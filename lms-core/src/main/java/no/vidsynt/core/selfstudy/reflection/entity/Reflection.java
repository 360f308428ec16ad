package no.vidsynt.core.selfstudy.reflection.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The prompts of a reflection unit, in order ("Hvorfor gjør vi tingene sånn hos oss?"). */
@Entity
@Table(name = "ss_reflection")
public class Reflection {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type STRINGS = new ArrayList<String>() {}.getClass().getGenericSuperclass();

    @Id
    @Column(name = "unit_id")
    private Long unitId;

    /** The prompts as a JSON array of strings. */
    @Lob
    @Column(nullable = false)
    private String prompts = "[]";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Reflection() {
        // for JPA
    }

    public Reflection(long unitId) {
        this.unitId = unitId;
    }

    public List<String> getPrompts() {
        List<String> list = JSON.fromJson(prompts, STRINGS);
        return list == null ? List.of() : List.copyOf(list);
    }

    public void changePrompts(List<String> newPrompts) {
        this.prompts = JSON.toJson(List.copyOf(newPrompts));
        this.updatedAt = Instant.now();
    }

    public Long getUnitId() {
        return unitId;
    }
}
