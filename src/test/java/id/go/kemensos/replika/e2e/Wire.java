package id.go.kemensos.replika.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * What travels between Chromium and the portal, seen through the Chrome DevTools Protocol: emulated slow or absent
 * links ({@code Network.emulateNetworkConditions}) and the requests and bytes of a stretch of browsing, read from
 * Chromium's performance log (the same {@code Network.*} events DevTools shows).
 */
final class Wire {

    /** 1.6 Mbit/s each way, 300 ms round trip: an office link out in the provinces. */
    static final int SLOW_LATENCY_MS = 300;
    static final int SLOW_BYTES_PER_SECOND = 200_000;

    private Wire() {
    }

    /** Chromium options that record the Network.* events in the performance log. */
    static ChromeOptions recording(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        return options;
    }

    static void throttle(ChromeDriver driver, int latencyMs, int downloadBytesPerSecond, int uploadBytesPerSecond) {
        conditions(driver, false, latencyMs, downloadBytesPerSecond, uploadBytesPerSecond);
    }

    static void slowLink(ChromeDriver driver) {
        throttle(driver, SLOW_LATENCY_MS, SLOW_BYTES_PER_SECOND, SLOW_BYTES_PER_SECOND);
    }

    static void offline(ChromeDriver driver) {
        conditions(driver, true, 0, -1, -1);
    }

    static void unthrottled(ChromeDriver driver) {
        conditions(driver, false, 0, -1, -1);
    }

    private static void conditions(ChromeDriver driver, boolean offline, int latency, int down, int up) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", latency,
                "downloadThroughput", down, "uploadThroughput", up));
    }

    /** Forgets what the performance log holds so far. */
    static void drain(ChromeDriver driver) {
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /** Requests and bytes since the last {@link #drain} or {@link #traffic}. */
    static Traffic traffic(ChromeDriver driver) {
        Json json = new Json();
        Map<String, Request> requests = new HashMap<>();
        List<Request> hops = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<?, ?> envelope = json.toType(entry.getMessage(), Map.class);
            Map<?, ?> message = (Map<?, ?>) envelope.get("message");
            String method = (String) message.get("method");
            Map<?, ?> params = (Map<?, ?>) message.get("params");
            if (method == null || params == null || !method.startsWith("Network.")) {
                continue;
            }
            String id = (String) params.get("requestId");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    Map<?, ?> redirect = (Map<?, ?>) params.get("redirectResponse");
                    Request previous = requests.get(id);
                    if (redirect != null && previous != null) {
                        previous.status = number(redirect.get("status"));
                        previous.bytes = number(redirect.get("encodedDataLength"));
                        previous.finished = true;
                    }
                    String url = (String) ((Map<?, ?>) params.get("request")).get("url");
                    if (!url.startsWith("http")) { // data: URLs, and chrome:// pages of the browser itself
                        continue;
                    }
                    Request request = new Request(url, String.valueOf(params.get("type")));
                    requests.put(id, request);
                    hops.add(request);
                }
                case "Network.requestServedFromCache" -> with(requests, id, r -> r.fromCache = true);
                case "Network.responseReceived" -> with(requests, id, r -> {
                    Map<?, ?> response = (Map<?, ?>) params.get("response");
                    r.status = number(response.get("status"));
                    r.fromCache |= Boolean.TRUE.equals(response.get("fromDiskCache"))
                            || Boolean.TRUE.equals(response.get("fromPrefetchCache"));
                    Map<?, ?> headers = (Map<?, ?>) response.get("headers");
                    r.encoding = headers.entrySet().stream()
                            .filter(e -> "content-encoding".equalsIgnoreCase(String.valueOf(e.getKey())))
                            .map(e -> String.valueOf(e.getValue())).findFirst().orElse("");
                });
                case "Network.loadingFinished" -> with(requests, id, r -> {
                    r.bytes = number(params.get("encodedDataLength"));
                    r.finished = true;
                });
                case "Network.loadingFailed" -> with(requests, id, r -> r.failed = true);
                default -> { }
            }
        }
        return new Traffic(List.copyOf(hops));
    }

    private static void with(Map<String, Request> requests, String id, java.util.function.Consumer<Request> change) {
        Request request = requests.get(id);
        if (request != null) {
            change.accept(request);
        }
    }

    private static long number(Object value) {
        return value instanceof Number n ? Math.round(n.doubleValue()) : 0;
    }

    /** One request (each redirect hop counts as one). */
    static final class Request {
        final String url;
        final String type;
        long status;
        long bytes;
        boolean fromCache;
        boolean finished;
        boolean failed;
        String encoding = "";

        Request(String url, String type) {
            this.url = url;
            this.type = type;
        }

        /** Bytes actually received over the network (headers included); none for a cache hit. */
        long networkBytes() {
            return fromCache ? 0 : bytes;
        }

        boolean fromNetwork() {
            return !fromCache && !failed;
        }

        @Override
        public String toString() {
            return type + " " + status + (fromCache ? " (cache)" : "") + " " + bytes + " B " + encoding + " "
                    + url;
        }
    }

    /** Everything asked for during one stretch of browsing. */
    record Traffic(List<Request> requests) {

        long bytes() {
            return requests.stream().mapToLong(Request::networkBytes).sum();
        }

        long networkRequests() {
            return requests.stream().filter(Request::fromNetwork).count();
        }

        long fromCache() {
            return requests.stream().filter(r -> r.fromCache).count();
        }

        long count(String type) {
            return requests.stream().filter(r -> r.type.equals(type) && r.fromNetwork()).count();
        }

        long bytes(String type) {
            return requests.stream().filter(r -> r.type.equals(type)).mapToLong(Request::networkBytes).sum();
        }

        List<Request> staticFiles() {
            return requests.stream().filter(r -> r.url.contains("/VAADIN/build/") || r.url.contains("/styles/")
                    || r.url.contains("/lumo/")).toList();
        }
    }
}
