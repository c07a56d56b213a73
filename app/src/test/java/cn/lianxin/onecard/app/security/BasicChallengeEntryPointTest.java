package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;

class BasicChallengeEntryPointTest {

    private final BasicChallengeEntryPoint entryPoint = new BasicChallengeEntryPoint();

    @Test
    void shouldAnswerAWrongPasswordWith401AChallengeAndAProblem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(new MockHttpServletRequest("GET", "/api/households"), response,
                new BadCredentialsException("Unknown user or wrong password"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldAnswerAThrottledAddressWith429AndWhenToTryAgain() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        entryPoint.commence(new MockHttpServletRequest("GET", "/api/households"), response,
                new LoginThrottledException("10.0.0.66", Duration.ofSeconds(299)));

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("299");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(response.getContentAsString(), "$.detail"))
                .isEqualTo("Too many wrong logins from 10.0.0.66; try again in 299 s");
    }
}
