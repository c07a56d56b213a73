package cn.lianxin.onecard.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.lianxin.onecard.app.support.Api;
import cn.lianxin.onecard.app.support.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What a new user runs: the packaged application, started the README's way ({@code bin/run} on the
 * jar {@code mvn package} built, from a fresh directory so {@code ./data/} is new, on a free port),
 * in headless Chromium. Each page must load without a failed request or a console error — a
 * plugin asset that answers 404 fails here — and shows its chrome in Chinese without Camunda's
 * "migrate to Camunda 8" strip. Screenshots of every page are kept under
 * {@code app/target/packaged-app/}.
 *
 * <p>{@code -Dpackaged.baseUrl=http://localhost:8080} runs the same checks against a back office
 * already running with fresh demo data (to work on the test: the clerk's test completes the demo's
 * review task); without it the test starts and stops its own.
 */
class PackagedAppIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path OUT = MODULE.resolve("target/packaged-app");

    private static Process server;
    private static String base;
    private static int port;
    private static Browser browser;

    private final List<String> problems = new ArrayList<>();
    private BrowserContext context;

    @BeforeAll
    static void startThePackagedApplication() throws Exception {
        Files.createDirectories(OUT);
        base = System.getProperty("packaged.baseUrl");
        if (base == null) {
            Path jar = MODULE.resolve("target/onecard-app.jar");
            assertThat(jar).as("the jar mvn package builds").exists();
            port = freePort();
            Path work = Files.createTempDirectory("onecard-packaged-");
            server = new ProcessBuilder("bash", MODULE.getParent().resolve("bin/run").toString(), "--server.port=" + port)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(OUT.resolve("run.log").toFile())
                    .start();
            base = "http://localhost:" + port;
        } else {
            port = URI.create(base).getPort();
        }
        // Tomcat answers before the demo data is loaded: wait for the demo's work in flight
        Awaitility.await("the back office started by bin/run (see " + OUT.resolve("run.log") + ")")
                .atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(server == null || server.isAlive()).as("bin/run is running").isTrue();
                    // the demo's work in flight is started last by its rule change
                    return Api.as(port, "admin", "demo").get("/engine-rest/history/process-instance/count?processDefinitionKey=RuleChange")
                            .<Integer>json("$.count") > 0;
                });
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The pages as the test left them, passed or failed: {@code <test>-end-<n>.png}. */
    @AfterEach
    void keepTheLastScreensAndClose(TestInfo test) throws IOException {
        if (context != null) {
            List<Page> pages = context.pages();
            for (int i = 0; i < pages.size(); i++) {
                screenshot(pages.get(i), test.getTestMethod().orElseThrow().getName() + "-end-" + i);
            }
            context.close();
        }
        // also when a step timed out: what the browser saw failing says why
        assertNoProblems(test);
    }

    @Test
    void shouldLetTheClerkOpenAndCompleteTheReviewTaskInTasklistInChinese(TestInfo test) throws IOException {
        Page tasklist = open("zh-CN", "/camunda/app/tasklist/");
        logIn(tasklist, "clerk");
        tasklist.waitForSelector("text=我组的任务 My groups' tasks");
        assertChineseChrome(tasklist, "Tasklist");

        tasklist.click("text=我组的任务 My groups' tasks");
        tasklist.click("text=审核申请 Review application");
        tasklist.waitForSelector("input[type=radio][id$='Field_ReviewDecision-0']");
        screenshot(tasklist, "tasklist-task");
        String applicationId = tasklist.inputValue("input[id$='Field_ApplicationId']");
        tasklist.click("button:has-text('" + Webapps.label("tasklist", "CLAIM_TASK") + "')");
        tasklist.check("input[type=radio][id$='Field_ReviewDecision-0']");
        tasklist.fill("textarea[id$='Field_ReviewComment']", "浏览器测试 approved in the browser test");
        tasklist.click("button.btn-primary:has-text('" + Webapps.label("tasklist", "COMPLETE") + "')");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                Api.as(port, "clerk", "demo").get("/api/card-applications/" + applicationId).<List<String>>json("$.waitingAt"))
                .containsExactly("Message_CardPresented"));
        screenshot(tasklist, "tasklist-completed");
        assertNoProblems(test);
    }

    @Test
    void shouldShowTasklistInEnglishToABrowserAskingForEnglish(TestInfo test) throws IOException {
        Page tasklist = open("en-US", "/camunda/app/tasklist/");
        logIn(tasklist, "staff101");
        tasklist.click("text=本社区任务 My community's tasks");
        tasklist.click("text=小区签发 Community sign-off");
        tasklist.waitForSelector("button:has-text('Claim')");
        assertNoBanner(tasklist);
        screenshot(tasklist, "tasklist-en");
        assertNoProblems(test);
    }

    @Test
    void shouldShowCockpitAndAdminToTheAdministratorInChinese(TestInfo test) throws IOException {
        Page cockpit = open("zh-CN", "/camunda/app/cockpit/");
        logIn(cockpit, "admin");
        cockpit.waitForSelector("text=" + Webapps.label("cockpit", "DASHBOARD_RIGHT_NOW"));
        assertChineseChrome(cockpit, "Cockpit");
        // the process list: the demo's instances in flight
        cockpit.navigate(base + "/camunda/app/cockpit/default/#/processes");
        cockpit.waitForSelector("text=发卡 Card issuance");
        cockpit.waitForSelector("text=规则变更 Rule change");
        screenshot(cockpit, "cockpit-processes");

        Page admin = context.newPage();
        watch(admin);
        admin.navigate(base + "/camunda/app/admin/default/#/users");
        admin.waitForSelector("text=clerk");
        assertChineseChrome(admin, "Admin");
        assertNoProblems(test);
    }

    @Test
    void shouldLetTheAnalystSignInToTheRulesPage(TestInfo test) throws IOException {
        Page rules = open("zh-CN", "/rules/");
        rules.fill("#user", "analyst");
        rules.fill("#password", "demo");
        rules.click("#sign-in button[type=submit]");
        rules.waitForSelector("#rule-sets button[data-rule-set='property-fees']");
        screenshot(rules, "rules");

        Page landing = context.newPage();
        watch(landing);
        landing.navigate(base + "/");
        screenshot(landing, "landing");
        assertThat(landing.textContent("body")).contains("任务列表 Tasklist");
        assertNoProblems(test);
    }

    // --- helpers

    private Page open(String locale, String path) {
        context = browser.newContext(locale, "Asia/Shanghai");
        Page page = context.newPage();
        watch(page);
        page.navigate(base + path);
        return page;
    }

    /** Every failed request, every answer of 400 or above, every console error of the page. */
    private void watch(Page page) {
        page.onRequestFailed(request -> problems.add("failed " + request.url() + ": " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400 && !Webapps.expectedBeforeLogin(response.url(), response.status())) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !Webapps.expectedConsoleError(message.text(), message.location())) {
                problems.add("console: " + message.text() + " at " + message.location());
            }
        });
    }

    private void logIn(Page page, String user) {
        page.fill("input[type=text]", user);
        page.fill("input[type=password]", "demo");
        page.click("button[type=submit]");
        page.waitForSelector("a.navbar-brand, .navbar-brand");
    }

    private void assertChineseChrome(Page page, String name) throws IOException {
        page.waitForLoadState();
        assertNoBanner(page);
        screenshot(page, name.toLowerCase());
        String header = page.textContent("header, .navbar, [cam-widget-header]");
        assertThat(header).as("%s's header in Chinese", name).containsPattern("\\p{IsHan}");
    }

    private static void assertNoBanner(Page page) {
        assertThat(page.locator(".ce-eol-banner").and(page.locator(":visible")).count())
                .as("the 'migrate to Camunda 8' strip").isZero();
    }

    private void assertNoProblems(TestInfo test) {
        assertThat(problems).as("failed requests and console errors in %s", test.getDisplayName()).isEmpty();
    }

    private static void screenshot(Page page, String name) throws IOException {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
        Files.writeString(OUT.resolve(name + ".url"), page.url() + "\n" + Instant.now() + "\n", StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
