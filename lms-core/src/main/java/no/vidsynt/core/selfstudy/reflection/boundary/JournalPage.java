package no.vidsynt.core.selfstudy.reflection.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.vidsynt.core.organisation.entity.OrgUnit;
import no.vidsynt.core.platform.Refusal;
import no.vidsynt.core.selfstudy.Caller;
import no.vidsynt.core.selfstudy.InvalidInput;
import no.vidsynt.core.selfstudy.StudyFaces;
import no.vidsynt.core.selfstudy.reflection.control.Journal;
import no.vidsynt.core.selfstudy.reflection.control.Journal.Candidate;
import no.vidsynt.core.selfstudy.reflection.control.Journal.EntryView;

/** Backs "Min refleksjonslogg": all of one's reflections, search, export, sharing and withdrawing. */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Journal journal;

    @Inject
    Caller caller;

    private String query;
    private transient List<EntryView> entries;
    private transient List<Candidate> candidates;
    private transient List<OrgUnit> groups;
    /** Per entry: the chosen target, "p:&lt;personId&gt;" or "g:&lt;orgUnitId&gt;". */
    private final Map<Long, String> shareTarget = new HashMap<>();

    public List<EntryView> getEntries() {
        if (entries == null) {
            entries = journal.mine(caller.person(), query);
        }
        return entries;
    }

    public void search() {
        entries = null;
    }

    public void share(long entryId) {
        String target = shareTarget.get(entryId);
        try {
            if (target == null || target.length() < 3) {
                throw new InvalidInput("share.chooseSomeone");
            }
            long id = Long.parseLong(target.substring(2));
            if (target.startsWith("p:")) {
                journal.shareWithPerson(caller.person(), entryId, id);
            } else {
                journal.shareWithGroup(caller.person(), entryId, id);
            }
            shareTarget.remove(entryId);
            entries = null;
            StudyFaces.info(null, "share.done");
        } catch (InvalidInput problem) {
            StudyFaces.error(null, problem);
        } catch (NumberFormatException | Refusal bad) {
            StudyFaces.error(null, "share.notAllowed");
        }
    }

    public void withdraw(long entryId, long shareId) {
        try {
            journal.withdraw(caller.person(), entryId, shareId);
            StudyFaces.info(null, "share.withdrawn");
        } catch (Refusal gone) {
            StudyFaces.error(null, "share.gone");
        }
        entries = null;
    }

    public List<Candidate> getCandidates() {
        if (candidates == null) {
            candidates = journal.candidates(caller.person());
        }
        return candidates;
    }

    public List<OrgUnit> getGroups() {
        if (groups == null) {
            groups = journal.groups(caller.person());
        }
        return groups;
    }

    /** Where the export links point (the API, with the same search and the page's language). */
    public String exportPath(String format) {
        return "/api/v1/selfstudy/journal/export?format=" + format + "&lang="
                + StudyFaces.locale().getLanguage()
                + (query == null || query.isBlank() ? "" : "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    public Map<Long, String> getShareTarget() {
        return shareTarget;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
    /** A moment as people in Norway read it (d.M.yyyy HH:mm, Oslo time). */
    public String when(java.time.Instant moment) {
        return moment == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
                        .format(moment.atZone(java.time.ZoneId.of("Europe/Oslo")));
    }
}
