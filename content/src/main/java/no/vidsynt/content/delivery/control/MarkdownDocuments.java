package no.vidsynt.content.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import no.vidsynt.content.store.control.ContentStore;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown documents as HTML for the page: raw HTML in the document is escaped and unsafe link targets dropped. */
@ApplicationScoped
public class MarkdownDocuments {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    @Inject
    ContentStore store;

    public String html(String sha256) {
        try (InputStream in = Channels.newInputStream(store.open(sha256))) {
            return render(new String(in.readNBytes(2 * 1024 * 1024), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
