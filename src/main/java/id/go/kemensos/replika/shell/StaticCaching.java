package id.go.kemensos.replika.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep the static files (docs/decisions/0024). Files whose URL changes with their content (Vite's
 * hashed {@code /VAADIN/build/*} names, stylesheets Vaadin links with {@code ?v-c=<hash>}) are kept a year and never
 * asked for again; the same files under a fixed URL are checked each time (Last-Modified, usually a 304). Pages and
 * server round trips keep Spring Security's "no-store". Runs before Spring Security, so its no-cache headers and
 * Vaadin's one-hour default for these paths are replaced, not added to; every other header stays.
 */
@Configuration(proxyBeanMethods = false)
class StaticCaching {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private static final String[] STATIC_PREFIXES = {"/VAADIN/build/", "/VAADIN/static/", "/styles/", "/scripts/",
            "/lumo/", "/icons/", "/images/"};

    @Bean
    FilterRegistrationBean<CacheHeaderFilter> staticCachingFilter() {
        FilterRegistrationBean<CacheHeaderFilter> registration = new FilterRegistrationBean<>(new CacheHeaderFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The Cache-Control a GET of this path deserves, or null when it is not a static file. */
    static String policy(String path, String query) {
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                boolean versioned = path.startsWith("/VAADIN/build/")
                        || (query != null && (query.startsWith("v-c=") || query.contains("&v-c=")));
                return versioned ? VERSIONED : REVALIDATE;
            }
        }
        return null;
    }

    static final class CacheHeaderFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                FilterChain chain) throws ServletException, IOException {
            String policy = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                    ? policy(request.getRequestURI().substring(request.getContextPath().length()),
                            request.getQueryString())
                    : null;
            if (policy == null) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, policy);
            chain.doFilter(request, new FixedCaching(response));
        }
    }

    /** Ignores later attempts to set Cache-Control, Pragma or Expires. */
    private static final class FixedCaching extends HttpServletResponseWrapper {

        FixedCaching(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || HttpHeaders.PRAGMA.equalsIgnoreCase(name)
                    || HttpHeaders.EXPIRES.equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
