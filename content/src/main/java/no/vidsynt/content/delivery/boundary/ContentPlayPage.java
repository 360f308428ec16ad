package no.vidsynt.content.delivery.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backs {@code /content/play.xhtml?unit=...}: one content unit on a page of its own, outside the course player. */
@Named
@RequestScoped
public class ContentPlayPage {

    private Long unitId;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
