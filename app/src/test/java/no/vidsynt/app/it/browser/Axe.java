package no.vidsynt.app.it.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm, fetched by the build into target/npm) inside the page the browser shows, limited to the
 * WCAG 2.0/2.1 A and AA rules, and returns the violations as readable text (empty when there are none).
 */
public final class Axe {

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(function (n) {
                    return '    ' + n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\n/g, ' ');
                  }).join('\\n');
                }).join('\\n'));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private Axe() {}

    public static String violations(WebDriver driver) {
        Path script = Path.of(System.getProperty("vidsynt.it.axe", "target/npm/node_modules/axe-core/axe.min.js"));
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            js.executeScript(Files.readString(script, StandardCharsets.UTF_8));
            Object result = js.executeAsyncScript(RUN);
            return result == null ? "" : result.toString();
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing at " + script + " (the build fetches it with npm)", e);
        }
    }
}
