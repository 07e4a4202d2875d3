package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.go.kemensos.replika.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in through the real security filter chain (MockMvc over the running context, so the client address can be
 * chosen), and the headers of a real HTTP response from the running server.
 */
@IntegrationTest
@RecordApplicationEvents
class LoginProtectionTest {

    private static final String DEMO_PASSWORD = "replika-demo";

    @Autowired
    WebApplicationContext context;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        attempts.clear();
        attempts.setClock(clock);
    }

    @AfterEach
    void forgetTheAttempts() {
        attempts.clear();
        attempts.setClock(Clock.systemUTC());
    }

    @Test
    void fiveFailuresLockAnAccountWithTheSameMessageWhetherOrNotItExists() throws Exception {
        for (String username : new String[] {"panrb", "nobody-at-all"}) {
            for (int i = 1; i <= 4; i++) {
                assertThat(lastFailure(signIn(username, "wrong-password", "127.0.0.11"))).as(username + " " + i)
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(lastFailure(signIn(username, "wrong-password", "127.0.0.12"))).as(username + " fifth")
                    .isInstanceOf(LoginThrottledException.class);
            MvcResult refused = signIn(username, DEMO_PASSWORD, "127.0.0.13");
            assertThat(lastFailure(refused)).as(username + ": even the right password, from anywhere")
                    .isInstanceOf(LoginThrottledException.class);
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(signedIn(refused)).isFalse();
        }
        assertThat(events.stream(AuthenticationFailureLockedEvent.class)).as("standard events for the audit trail")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(events.stream(AbstractAuthenticationFailureEvent.class)).hasSizeGreaterThanOrEqualTo(12);

        assertThat(signedIn(signIn("direktur", DEMO_PASSWORD, "127.0.0.11"))).as("other accounts still work")
                .isTrue();

        clock.advance(Duration.ofMinutes(15));
        MvcResult afterTheWindow = signIn("panrb", DEMO_PASSWORD, "127.0.0.11");
        assertThat(signedIn(afterTheWindow)).as("unlocked after 15 minutes").isTrue();
        assertThat(afterTheWindow.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(events.stream(AuthenticationSuccessEvent.class)).isNotEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
        for (int i = 1; i < 20; i++) {
            signIn("guess-" + i, "wrong-password", "127.0.0.21");
        }
        assertThat(lastFailure(signIn("guess-20", "wrong-password", "127.0.0.21")))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(signedIn(signIn("kartini", DEMO_PASSWORD, "127.0.0.21"))).as("refused from that address")
                .isFalse();
        assertThat(signedIn(signIn("kartini", DEMO_PASSWORD, "127.0.0.22"))).as("fine from another").isTrue();
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).param("username", "direktur")
                .param("password", DEMO_PASSWORD).with(csrf()).with(address("127.0.0.31"))).andReturn();
        assertThat(signedIn(result)).isTrue();
        MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(signedIn.getId()).as("session fixation protection").isNotEqualTo(before);

        MvcResult logout = mvc.perform(post("/logout").session(signedIn).with(csrf())).andReturn();
        assertThat(signedIn.isInvalid()).as("sign-out invalidates the session").isTrue();
        assertThat(logout.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("HSTS only over TLS").isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie)
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(address(address))).andReturn();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static Object lastFailure(MvcResult result) {
        return result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static boolean signedIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session != null && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
