package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing at the webapps' login form from one address is stopped by address, before Camunda
 * locks the users guessed at; and a user Camunda has locked gets back in through a start with
 * {@code onecard.security.unlock-users}, not through their own account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:h2:file:./target/throttle-h2/onecard;DB_CLOSE_ON_EXIT=FALSE",
        "onecard.security.login-throttle.max-failures=3",
        "onecard.security.unlock-users=staff103"})
class WebappLoginThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    LockedUserRelease release;

    @Test
    void shouldRefuseTheTasklistFormFromAnAddressThatGuessedTooOftenWithoutLockingTheUser() throws Exception {
        Form form = new Form(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(form.logIn("staff102", "guess" + attempt).statusCode()).as("wrong password %d", attempt).isEqualTo(401);
        }

        HttpResponse<String> blocked = form.logIn("staff102", "demo");

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("too many wrong logins from");
        // Camunda counted four wrong passwords: a growing delay (at most a minute), not the lock it
        // puts on a user after ten — two minutes on, staff102 logs in
        ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plusSeconds(120)));
        try {
            assertThat(identity.checkPassword("staff102", "demo")).isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void shouldUnlockAUserCamundaLockedWhenTheServerStartsWithUnlockUsers() {
        for (int attempt = 0; attempt < 12; attempt++) {
            identity.checkPassword("staff103", "wrong-" + attempt);
        }
        assertThat(identity.checkPassword("staff103", "demo")).as("locked after too many wrong passwords").isFalse();

        release.run(new DefaultApplicationArguments());

        assertThat(identity.checkPassword("staff103", "demo")).isTrue();
    }

    /** The Tasklist login form as the browser sends it (XSRF cookie and header). */
    private static final class Form {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;

        Form(int port) throws Exception {
            base = "http://localhost:" + port;
            browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> logIn(String user, String password) throws Exception {
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
            return browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
