package no.vidsynt.core.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read a record's components as properties: {@code #{unitView.unit.id}} for {@code record Unit(long id)}.
 * Jakarta EL 5 (EE 10) knows only JavaBean getters, so {@code unit.id} on a record failed with
 * {@code PropertyNotFoundException}, which broke every unit type whose fragment names the unit that way (the learner's
 * unit page answered 500). EL 6 adds the same resolver; this one can go when the platform moves to EE 11.
 * Read-only, as records are; anything that is not a record component is left to the next resolver.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException(
                    "Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: no type may be set
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a record cannot be changed");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    /** The record component the property names, or null when base is no record or has no such component. */
    static RecordComponent component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        String name = property.toString();
        for (RecordComponent component : base.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                component.getAccessor().setAccessible(true);
                return component;
            }
        }
        return null;
    }
}
