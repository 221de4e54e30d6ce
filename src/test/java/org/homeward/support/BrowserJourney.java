package org.homeward.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in Debian's Chromium, headless, driven by Playwright. Every page a journey visits is
 * scanned with axe-core against WCAG 2.2 AA and the journey fails on any violation. Tagged "browser":
 * CI's second pass on the oldest supported PostgreSQL leaves them out, as their SQL is the web tests'.
 */
@org.junit.jupiter.api.Tag("browser")
public abstract class BrowserJourney {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username) {
        page.navigate(url("/sign-in"));
        accessible();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("homeward-demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    protected void signOut() {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    /** Fails the journey if the page in front of the user has any WCAG 2.2 AA violation. */
    protected void accessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as("accessibility violations on %s:%n%s", page.url(), violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
