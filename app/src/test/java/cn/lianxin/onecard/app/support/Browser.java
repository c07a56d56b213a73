package cn.lianxin.onecard.app.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for browser tests: Debian's {@code chromium} (bin/test installs it), driven by
 * Playwright, which is told never to download a browser of its own. The flags keep Chromium off
 * the network this machine does not have.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: bin/test installs Debian's chromium (apt-get install chromium)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Browser(playwright, browser);
    }

    /** A page in a fresh context (no cookies, no storage of an earlier test). */
    public Page newPage() {
        Page page = browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** A fresh context whose browser asks for {@code locale} and runs in {@code timezoneId}. */
    public com.microsoft.playwright.BrowserContext newContext(String locale, String timezoneId) {
        com.microsoft.playwright.BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId(timezoneId).setViewportSize(1400, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
