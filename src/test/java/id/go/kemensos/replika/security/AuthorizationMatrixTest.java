package id.go.kemensos.replika.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import id.go.kemensos.replika.IntegrationTest;
import id.go.kemensos.replika.base.BusinessException;
import id.go.kemensos.replika.audit.AuditService;
import id.go.kemensos.replika.dashboard.DashboardService;
import id.go.kemensos.replika.document.DocumentService;
import id.go.kemensos.replika.innovation.InnovationService;
import id.go.kemensos.replika.notification.NotificationService;
import id.go.kemensos.replika.partner.PartnerService;
import id.go.kemensos.replika.replication.ReplicationService;
import id.go.kemensos.replika.report.ImportService;
import id.go.kemensos.replika.report.ReportService;
import id.go.kemensos.replika.security.AuthorizationMatrix.Operation;
import id.go.kemensos.replika.security.AuthorizationMatrix.Who;
import id.go.kemensos.replika.shell.AccessDeniedView;
import id.go.kemensos.replika.shell.LoginView;
import id.go.kemensos.replika.unit.UnitService;
import id.go.kemensos.replika.user.UserService;
import id.go.kemensos.replika.workshop.WorkshopService;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks {@link AuthorizationMatrix}: every route through browserless navigation, every service operation through a
 * call in a transaction that is rolled back, for every role and for anonymous visitors. Fails on a route or an
 * operation the matrix does not list, and on any cell where the portal answers differently from the table.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final String ROOT = "id.go.kemensos.replika";

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InnovationService innovations;
    @Autowired
    ReplicationService replications;
    @Autowired
    UnitService units;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkshopService workshops;
    @Autowired
    DocumentService documents;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserService users;
    @Autowired
    ReportService reports;
    @Autowired
    ImportService imports;
    @Autowired
    DashboardService dashboard;
    @Autowired
    AuditService audit;

    /** Forwarded: the route sends this role on to another view (its own home page). */
    enum Outcome { ALLOWED, DENIED, FORWARDED }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> declared = views().keySet();
        Set<String> listed = AuthorizationMatrix.ROUTES.stream().map(AuthorizationMatrix.Route::template)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("routes without a row in AuthorizationMatrix.ROUTES (left) or rows without a route")
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void everyServiceOperationIsInTheMatrix() {
        Set<String> declared = new TreeSet<>(serviceOperations().keySet());
        List<String> keys = AuthorizationMatrix.OPERATIONS.stream().map(Operation::key).toList();
        assertThat(keys).as("each operation once").doesNotHaveDuplicates();
        assertThat(declared).as("public operations of *Service beans and the matrix's rows")
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(declared).as("the scan finds the services").hasSizeGreaterThan(100);
    }

    @Test
    void everyRoleGetsExactlyTheViewsTheMatrixAllows() {
        Map<String, Class<?>> views = views();
        List<String> mismatches = new ArrayList<>();
        for (Who who : Who.values()) {
            signIn(who);
            // a fresh UI and session per role, as after a new sign-in
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            // away from the new UI's empty location, so navigating to "" is a navigation too
            UI.getCurrent().navigate("login");
            for (AuthorizationMatrix.Route route : AuthorizationMatrix.ROUTES) {
                Class<?> view = views.get(route.template());
                UI.getCurrent().navigate(route.path());
                List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
                if (chain.isEmpty()) {
                    mismatches.add("%s /%s: nothing shown, at %s".formatted(who, route.path(),
                            UI.getCurrent().getInternals().getActiveViewLocation().getPath()));
                    continue;
                }
                HasElement shown = chain.getFirst();
                Outcome outcome;
                if (view.isInstance(shown)) {
                    outcome = Outcome.ALLOWED;
                } else if (shown instanceof AccessDeniedView || shown instanceof LoginView) {
                    outcome = Outcome.DENIED;
                } else if (shown.getClass().isAnnotationPresent(Route.class)
                        || shown.getClass().getSuperclass().isAnnotationPresent(Route.class)) {
                    outcome = Outcome.FORWARDED;
                } else {
                    mismatches.add("%s %s: showed %s".formatted(who, route.path(), shown.getClass().getSimpleName()));
                    continue;
                }
                Outcome expected = route.allowed().contains(who) ? Outcome.ALLOWED
                        : route.forwarded().contains(who) ? Outcome.FORWARDED : Outcome.DENIED;
                if (outcome != expected) {
                    mismatches.add("%s /%s: expected %s, was %s (%s)".formatted(who, route.path(), expected, outcome,
                            shown.getClass().getSimpleName()));
                }
            }
        }
        assertThat(mismatches).as("routes answering differently from the matrix").isEmpty();
    }

    @Test
    void everyRoleMayCallExactlyTheOperationsTheMatrixAllows() throws Exception {
        Path empty = Files.createTempFile("matrix", ".bin");
        try {
            AuthorizationMatrix.Services services = new AuthorizationMatrix.Services(innovations, replications,
                    units, partners, workshops, documents, notifications, users, userDetails, reports, imports,
                    dashboard, audit, empty);
            Map<String, Long> before = rowCounts();
            List<String> mismatches = new ArrayList<>();
            for (Who who : Who.values()) {
                for (Operation operation : AuthorizationMatrix.OPERATIONS) {
                    signIn(who);
                    String cell = who + " " + operation.key();
                    Outcome expected = operation.allowed().contains(who) ? Outcome.ALLOWED : Outcome.DENIED;
                    try {
                        Outcome outcome = callRolledBack(() -> operation.call().call(services));
                        if (outcome != expected) {
                            mismatches.add(cell + ": expected " + expected + ", was " + outcome);
                        }
                    } catch (Throwable unexpected) {
                        mismatches.add(cell + ": neither allowed nor denied but " + unexpected);
                    }
                }
            }
            assertThat(mismatches).as("operations answering differently from the matrix").isEmpty();
            assertThat(rowCounts()).as("every call rolled back").isEqualTo(before);
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    /** Runs the call in a transaction that is always rolled back, and classifies how it ended. */
    private Outcome callRolledBack(Callable<?> call) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        try {
            transaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                try {
                    call.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return Outcome.ALLOWED;
        } catch (AccessDeniedException | AuthenticationException e) {
            return Outcome.DENIED;
        } catch (BusinessException | ConstraintViolationException e) {
            return Outcome.ALLOWED;
        }
    }

    /** The number of rows of every table of the portal's database. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        // the audit trail records a printed report even when the caller's transaction rolls back: the file was made
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE' and table_name not like 'audit!_%' "
                + "escape '!'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return counts;
    }

    private void signIn(Who who) {
        Authentication authentication;
        if (who.username == null) {
            authentication = new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        } else {
            UserDetails user = userDetails.loadUserByUsername(who.username);
            authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(authentication);
        SecurityContextHolder.setContext(securityContext);
    }

    /**
     * The public instance methods of every {@code *Service} bean of the portal, by {@code Service.method} (with the
     * parameter types when the name is overloaded).
     */
    private Map<String, Method> serviceOperations() {
        Map<String, Method> operations = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith(ROOT) || !type.getSimpleName().endsWith("Service")) {
                continue;
            }
            List<Method> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic() && !m.isBridge())
                    .toList();
            Map<String, Long> names = methods.stream()
                    .collect(Collectors.groupingBy(Method::getName, Collectors.counting()));
            for (Method method : methods) {
                String key = type.getSimpleName() + "." + method.getName();
                if (names.get(method.getName()) > 1) {
                    key += Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                            .collect(Collectors.joining(",", "(", ")"));
                }
                operations.put(key, method);
            }
        }
        return operations;
    }

    /** Every class with {@code @Route} in the portal, by its route template. */
    private static Map<String, Class<?>> views() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> views = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents(ROOT)) {
            Class<?> view = loadClass(candidate.getBeanClassName());
            Route route = view.getAnnotation(Route.class);
            assertThat(route.value()).as("an explicit route on " + view.getName())
                    .isNotEqualTo(Route.NAMING_CONVENTION);
            assertThat(views.put(route.value(), view)).as("one view per route").isNull();
        }
        return views;
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
