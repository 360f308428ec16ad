package no.vidsynt.app.it.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the crawler reads from the page the browser shows, in one script call (one round trip per page): the status
 * of the document's response (Navigation Timing's {@code responseStatus}, so no second request is needed), the text a
 * person can read or hear (text nodes, labels, titles, button values; not scripts, not parts marked with another
 * language such as the language switch, not code and data formats in pre/code such as the CSV example), the links and GET buttons, sideways overflow, and whether a stored script
 * ran ({@code window.__xss}). The rules below turn that into findings.
 */
final class PageInspection {

    /** What one page showed. */
    record Page(
            int status,
            String url,
            String title,
            String lang,
            boolean scriptRan,
            int overflow,
            int missingResources,
            int headings,
            String text,
            List<String> links,
            String contentType) {}

    private static final String READ = """
            const nav = performance.getEntriesByType('navigation')[0];
            const pageLang = (document.documentElement.lang || '').slice(0, 2);
            const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
            const code = el => el.closest('pre, code, kbd, samp') !== null;
            const foreign = el => { const l = el.closest('[lang]');
              return l !== null && l !== document.documentElement && l.lang.slice(0, 2) !== pageLang; };
            const parts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, parent = node.parentElement;
              if (!parent || skip.has(parent.tagName) || foreign(parent) || code(parent)) continue;
              const t = node.nodeValue.trim();
              if (t) parts.push(t);
            }
            document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt],input[type=submit],input[type=button],input[type=reset]')
              .forEach(e => {
                if (foreign(e)) return;
                ['aria-label', 'title', 'placeholder', 'alt'].forEach(a => { const v = e.getAttribute(a); if (v && v.trim()) parts.push(v.trim()); });
                if (e.tagName === 'INPUT' && /^(submit|button|reset)$/.test(e.type) && e.value) parts.push(e.value);
              });
            const links = [];
            document.querySelectorAll('a[href]').forEach(a => links.push(a.href));
            document.querySelectorAll('[onclick]').forEach(e => {
              const m = /location(?:\\.href)?\\s*=\\s*'([^']+)'/.exec(e.getAttribute('onclick'));
              if (m) { try { links.push(new URL(m[1], location.href).href); } catch (ignored) {} }
            });
            return JSON.stringify({status: nav && nav.responseStatus ? nav.responseStatus : -1, url: location.href,
              title: document.title, lang: document.documentElement.lang || '',
              scriptRan: typeof window.__xss !== 'undefined',
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              missing: document.querySelectorAll('[src*="RES_NOT_FOUND"],[href*="RES_NOT_FOUND"]').length,
              headings: document.querySelectorAll('h1').length, text: parts.join('\\n'), links: links,
              contentType: document.contentType || ''});
            """;

    private PageInspection() {}

    static Page read(WebDriver driver) {
        String json = (String) ((JavascriptExecutor) driver).executeScript(READ);
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        List<String> links = o.getJsonArray("links").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        return new Page(
                o.getInt("status"),
                o.getString("url"),
                o.getString("title"),
                o.getString("lang"),
                o.getBoolean("scriptRan"),
                o.getInt("overflow"),
                o.getInt("missing"),
                o.getInt("headings"),
                o.getString("text"),
                links,
                o.getString("contentType"));
    }

    // ---- rules over the text ----

    /** Faces shows a missing key as ???key???. */
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?[^?\\n]*\\?\\?\\?");
    /** A MessageFormat argument that was never filled ({0}, {1,number}) or whose opening brace got lost ("0} enheter"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d[^}\\n]*}|(?<![\\w{])\\d}|\\{[a-zA-Z]\\w*}");
    /** A bundle key or audit code shown as text: course.published, session.kind.practice, layout.signIn. */
    private static final Pattern DOTTED_KEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}@./:_-])([a-z][a-zA-Z0-9_]*)((?:\\.[a-zA-Z_][a-zA-Z0-9_]*)+)(?![\\p{L}\\p{N}@/_-])");
    /** Identifiers that were meant for code: org_unit, PRACTICE_TRAINING, ALL_REQUIRED. */
    private static final Pattern IDENTIFIER =
            Pattern.compile("(?<![\\p{L}\\p{N}@./:_-])(?:[a-z]+_[a-z_]+|[A-Z]{2,}_[A-Z_]+)(?![\\p{L}\\p{N}@./_-])");
    /** Endings of file names and domains, which look like dotted keys and are not. */
    private static final Set<String> NOT_KEYS = Set.of(
            "no", "com", "org", "net", "example", "pdf", "csv", "ics", "md", "webm", "vtt", "mp4", "zip", "html", "htm",
            "txt", "png", "jpg", "jpeg", "svg", "xhtml", "json", "js", "css", "xml", "mp3", "ogg", "webp", "gif",
            "docx", "xlsx", "pptx");

    /**
     * English that gives away an untranslated text in the bokmål UI. Whole words, case as written; chosen so that no
     * Norwegian word is spelled the same ("to", "for", "is", "not", "under", "Administrator" are left out).
     */
    private static final List<String> ENGLISH = List.of(
            "Show",
            "Hide",
            "Password",
            "Search",
            "Training",
            "Practice",
            "Cancel",
            "Submit",
            "Save",
            "Delete",
            "Edit",
            "Remove",
            "Close",
            "Loading",
            "Upload",
            "Download",
            "Choose",
            "Select",
            "Next",
            "Previous",
            "Back",
            "Yes",
            "Today",
            "Clear",
            "Sign in",
            "Sign out",
            "Welcome",
            "Error",
            "Required",
            "Please",
            "We could not",
            "No records found",
            "No results",
            "of",
            "the",
            "The",
            "and",
            "your",
            "Your",
            "with",
            "from",
            "found",
            "available",
            "session",
            "Session",
            "Sessions",
            "course",
            "Course",
            "Courses",
            "Unit",
            "units",
            "Page",
            "items",
            "selected",
            "Drop",
            "files",
            "Attended",
            "Waitlist",
            "Booked",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "January",
            "February",
            "March",
            "April",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "AM",
            "PM",
            "Something went wrong",
            "Not found",
            "Forbidden",
            "Access denied",
            "Learner",
            "Trainer",
            "Author",
            "Leader");

    /**
     * Bokmål that gives away an untranslated text in the English UI. Only words of the interface, never ones that
     * the (Norwegian) demo content uses, so that course titles and texts do not count ("Velg" is left out: task texts
     * begin with it).
     */
    private static final List<String> NORWEGIAN = List.of(
            "Lagre",
            "Avbryt",
            "Søk",
            "Neste",
            "Forrige",
            "Tilbake",
            "Skjul",
            "Meld på",
            "Avbestill",
            "Logg inn",
            "Logg ut",
            "Påmeldt",
            "Fullført",
            "Påbegynt",
            "Endringene",
            "Slett",
            "Rediger",
            "Legg til",
            "Økter",
            "Min læring",
            "Kurskatalog",
            "Kursbygging",
            "Brukere",
            "Fortsett",
            "Innholdsbibliotek",
            "Deltakerliste",
            "Ingen",
            "Beklager",
            "Vi fant",
            "Noe gikk galt",
            "mandag",
            "tirsdag",
            "onsdag",
            "torsdag",
            "fredag",
            "januar",
            "februar",
            "mars",
            "juni",
            "juli",
            "oktober",
            "desember",
            "Obligatorisk",
            "Valgfri",
            "minutter");

    private static final Pattern ENGLISH_WORDS = words(ENGLISH);
    private static final Pattern NORWEGIAN_WORDS = words(NORWEGIAN);

    private static Pattern words(List<String> words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])("
                + String.join("|", words.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    }

    /** A finding in the text, with the line it stands in. */
    record Hit(String match, String line) {}

    /** Leaks of bundle keys and placeholders, whatever the language. */
    static List<Hit> rawKeys(String text) {
        List<Hit> found = new ArrayList<>();
        collect(MISSING_KEY.matcher(text), text, found);
        collect(PLACEHOLDER.matcher(text), text, found);
        collect(IDENTIFIER.matcher(text), text, found);
        Matcher dotted = DOTTED_KEY.matcher(text);
        while (dotted.find()) {
            String[] segments = dotted.group().split("\\.");
            String last = segments[segments.length - 1].toLowerCase(Locale.ROOT);
            boolean abbreviation = segments[0].length() < 3
                    || java.util.Arrays.stream(segments).anyMatch(segment -> segment.length() < 2);
            if (!NOT_KEYS.contains(last) && !abbreviation && !segments[0].equals("www")) {
                found.add(hit(dotted, text));
            }
        }
        return found;
    }

    /** Words of the other language: English in the bokmål UI, bokmål in the English one. */
    static List<Hit> wrongLanguage(String text, String language) {
        List<Hit> found = new ArrayList<>();
        collect(("en".equals(language) ? NORWEGIAN_WORDS : ENGLISH_WORDS).matcher(text), text, found);
        return found;
    }

    /** The match and the line of text it stands in, so the report shows where it is. */
    private static Hit hit(Matcher matcher, String text) {
        int start = text.lastIndexOf('\n', matcher.start()) + 1;
        int end = text.indexOf('\n', matcher.end());
        String line = text.substring(start, end < 0 ? text.length() : end);
        return new Hit(matcher.group(), line.length() > 100 ? line.substring(0, 100) + "…" : line);
    }

    private static void collect(Matcher matcher, String text, List<Hit> found) {
        while (matcher.find()) {
            found.add(hit(matcher, text));
        }
    }
}
