package no.vidsynt.core.selfstudy.page.control;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an author's Markdown into HTML that is safe to put into a page: CommonMark (headings get ids for anchors),
 * then the OWASP sanitizer with a policy that allows text formatting, headings with ids, links, tables, code and
 * images served by VidSynt itself. Raw HTML in the Markdown passes through the same policy, so a script, an event
 * handler or a {@code javascript:} link never survives. Headings move one level down ({@code #} becomes h2): the
 * page around the text already has its one h1, the unit's title. Thread-safe; used by the preview and the learner
 * page alike.
 */
public final class MarkdownRenderer {

    /** Images only from the application's own file endpoint (no tracking pixels, no mixed content). */
    public static final String FILE_PATH = "/api/v1/selfstudy/files/";

    private static final Pattern OWN_IMAGE = Pattern.compile("^" + Pattern.quote(FILE_PATH) + "\\d+$");
    private static final Pattern ANCHOR_ID = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,80}$");
    private static final Pattern CODE_CLASS = Pattern.compile("^language-[A-Za-z0-9_+-]{1,30}$");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            // Sanitizers.BLOCKS without h1: raw <h1> in the Markdown becomes an h2 like "# ..." does.
            .and(new HtmlPolicyBuilder()
                    .allowElements("p", "div", "ul", "ol", "li", "blockquote")
                    .allowElements((name, attributes) -> "h2", "h1")
                    .toFactory())
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href", "title")
                    .onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img")
                    .allowAttributes("src")
                    .matching(OWN_IMAGE)
                    .onElements("img")
                    .allowAttributes("alt", "title")
                    .onElements("img")
                    .allowElements("h2", "h3", "h4", "h5", "h6")
                    .allowAttributes("id")
                    .matching(ANCHOR_ID)
                    .onElements("h2", "h3", "h4", "h5", "h6")
                    .allowElements("pre", "code", "hr", "br", "del")
                    .allowAttributes("class")
                    .matching(CODE_CLASS)
                    .onElements("code")
                    .toFactory());

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(
            HeadingAnchorExtension.builder().idPrefix("ss-").defaultId("del").build());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    private MarkdownRenderer() {}

    /** Safe HTML for the Markdown; empty for null or blank input. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                visitChildren(heading);
            }
        });
        return POLICY.sanitize(RENDERER.render(document));
    }

    /** Minutes to read at 200 words a minute, rounded up; at least one minute for any text. */
    public static int readingMinutes(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        long words = Pattern.compile("\\s+")
                .splitAsStream(markdown.strip())
                .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
        return (int) Math.max(1, (words + 199) / 200);
    }
}
