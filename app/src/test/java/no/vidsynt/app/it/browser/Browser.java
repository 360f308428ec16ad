package no.vidsynt.app.it.browser;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by Selenium through Debian's chromedriver (nothing is downloaded). Register it
 * with {@code @RegisterExtension}: when a test fails it saves a screenshot and the page source under
 * {@code target/browser-reports/}.
 */
public final class Browser implements TestWatcher, AfterEachCallback {

    private WebDriver driver;
    private URL base;
    private String language = "nb-NO";
    private int width = 1280;
    private int height = 900;

    /** The browser's own language (its Accept-Language), before {@link #open}: e.g. "en-GB". */
    public Browser language(String browserLanguage) {
        this.language = browserLanguage;
        return this;
    }

    /** The window size, before {@link #open}: e.g. 360 x 740 for a phone. */
    public Browser window(int widthPx, int heightPx) {
        this.width = widthPx;
        this.height = heightPx;
        return this;
    }

    public Browser open(URL base) {
        this.base = base;
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("vidsynt.it.chromeBinary", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=" + width + "," + height,
                    "--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            if (width < 500) {
                // Headless Chromium keeps windows at least ~500 px wide; a phone's viewport needs device emulation.
                options.setExperimentalOption(
                        "mobileEmulation",
                        java.util.Map.of(
                                "deviceMetrics",
                                java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            new File(System.getProperty("vidsynt.it.chromeDriver", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path below the application's root. */
    public void go(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(root + (path.startsWith("/") ? path.substring(1) : path));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(by))
                .click();
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * Signs in as a person does: from the start page (the address one types), the header's "Logg inn" button, the
     * form. Signed in already (as someone else), it opens the sign-in form with the header gone from the page.
     */
    public void signIn(String username, String password) {
        go("");
        if (driver.findElements(By.id("headerSignIn")).isEmpty()) {
            go("login.xhtml");
        } else {
            var toggle = driver.findElements(By.id("menuToggle"));
            if (!toggle.isEmpty()
                    && toggle.get(0).isDisplayed()
                    && !driver.findElement(By.id("headerSignIn")).isDisplayed()) {
                toggle.get(0).click(); // a narrow screen folds "Logg inn" into the menu, as it does the menus
            }
            click(By.id("headerSignIn"));
        }
        type(By.id("signIn:username"), username);
        type(By.id("signIn:password"), password);
        click(By.id("signIn:submit"));
        find(By.id("signedInAs"));
    }

    /**
     * Follows an entry of the header's menus (the programmes or "Mine sider") by its visible label, as a person does,
     * and waits for the page it opens.
     */
    public void menu(String label) {
        By entry = By.xpath("//header//nav//a[normalize-space(.)='" + label + "']");
        var toggle = driver.findElements(By.id("menuToggle"));
        if (!toggle.isEmpty()
                && toggle.get(0).isDisplayed()
                && !driver.findElement(entry).isDisplayed()) {
            toggle.get(0).click(); // a narrow screen folds the menus behind the "Meny" button
        }
        navigate(entry);
    }

    /** Follows a link in the page by its visible text (exact, ignoring surrounding space) and waits for the page. */
    public void follow(String linkText) {
        navigate(By.xpath("//main//a[normalize-space(.)='" + linkText + "']"));
    }

    /** Clicks what opens another page and waits until the new page has replaced the old one. */
    public void navigate(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
        find(By.tagName("h1"));
    }

    /** Signs out with the header's button and waits until the start page confirms it. */
    public void signOut() {
        click(By.id("user:signOut"));
        waitForText(By.id("main"), "Du er logget ut.");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path reports = Path.of(System.getProperty("vidsynt.it.reports", "target/browser-reports"));
            Files.createDirectories(reports);
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getDisplayName().replaceAll("\\W+", "_");
            File screenshot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(
                    screenshot.toPath(),
                    reports.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(reports.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser report: " + e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        // TestWatcher callbacks run after afterEach; quit at the end of the class instead (not of the whole run:
        // every browser left open until then kept its own Chromium busy while later classes ran).
        context.getParent()
                .orElse(context.getRoot())
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Browser.class.getName() + System.identityHashCode(this), key ->
                        (ExtensionContext.Store.CloseableResource) this::quit);
    }

    private void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
