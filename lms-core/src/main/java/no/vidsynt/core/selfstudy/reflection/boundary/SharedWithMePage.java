package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.reflection.control.Journal;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;

/** Backs "Delt med meg": reflections other people chose to share with the signed-in person. */
@Named
@RequestScoped
public class SharedWithMePage {

    @Inject
    Journal journal;

    @Inject
    Caller caller;

    private List<EntryView> entries;

    public List<EntryView> getEntries() {
        if (entries == null) {
            entries = journal.sharedWith(caller.person());
        }
        return entries;
    }
    /** A moment as people in Norway read it (d.M.yyyy HH:mm, Oslo time). */
    public String when(java.time.Instant moment) {
        return moment == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                        .format(moment.atZone(java.time.ZoneId.of("Europe/Oslo")));
    }
}
