package dev.orbita.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server-side request times from the app's own Micrometer timer {@code http.server.requests}, read from
 * {@code /actuator/prometheus} (ADMIN, HTTP Basic) before and after a measured window. The mean is exact; p50 and
 * p99 need the app to publish a percentile histogram for that timer (run.sh starts it with
 * {@code --management.metrics.distribution.percentiles-histogram.http.server.requests=true}) and are then the upper
 * bound of the histogram bucket that holds the percentile.
 */
final class ServerMetrics {

    private static final Pattern LINE = Pattern.compile(
            "^http_server_requests_seconds_(bucket|count|sum)\\{(.*)}\\s+(\\S+)$"); // uri="/x/{id}" has braces
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Cumulative counters of one METHOD + uri, summed over the successful statuses. */
    static final class Snapshot {
        final TreeMap<Double, Double> buckets = new TreeMap<>();
        double count;
        double sum;
    }

    /** What happened between two snapshots. */
    record Window(long count, double meanMillis, double p50Millis, double p99Millis, boolean histogram) {
    }

    private final HttpClient client;
    private final String base;
    private final String basic;
    private String problem;

    ServerMetrics(HttpClient client, String base, String basicAuthorization) {
        this.client = client;
        this.base = base;
        this.basic = basicAuthorization;
    }

    /** Why the last scrape failed, or null. */
    String problem() {
        return problem;
    }

    /** All successful-request timers by "METHOD uri"; empty when the endpoint cannot be read. */
    Map<String, Snapshot> scrape() {
        Map<String, Snapshot> result = new HashMap<>();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .header("Authorization", basic).header("Accept", "text/plain")
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                problem = "GET /actuator/prometheus answered HTTP " + response.statusCode();
                return result;
            }
            response.body().lines().forEach(line -> {
                Matcher m = LINE.matcher(line);
                if (!m.find()) {
                    return;
                }
                Map<String, String> labels = new HashMap<>();
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
                if (!"SUCCESS".equals(labels.get("outcome"))) {
                    return;
                }
                Snapshot s = result.computeIfAbsent(labels.get("method") + " " + labels.get("uri"),
                        k -> new Snapshot());
                double value = Double.parseDouble(m.group(3));
                switch (m.group(1)) {
                    case "count" -> s.count += value;
                    case "sum" -> s.sum += value;
                    default -> {
                        String le = labels.get("le");
                        double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                        s.buckets.merge(bound, value, Double::sum);
                    }
                }
            });
            problem = null;
        } catch (Exception e) {
            problem = "GET /actuator/prometheus failed: " + e;
        }
        return result;
    }

    /** The requests of {@code key} between two scrapes; null when there were none or no data. */
    static Window between(Map<String, Snapshot> before, Map<String, Snapshot> after, String key) {
        Snapshot a = after.get(key);
        if (a == null) {
            return null;
        }
        Snapshot b = before.getOrDefault(key, new Snapshot());
        long count = Math.round(a.count - b.count);
        if (count <= 0) {
            return null;
        }
        double mean = (a.sum - b.sum) / count * 1000;
        boolean histogram = a.buckets.size() > 1;
        return new Window(count, mean, histogram ? percentile(a, b, count, 50) : Double.NaN,
                histogram ? percentile(a, b, count, 99) : Double.NaN, histogram);
    }

    private static double percentile(Snapshot after, Snapshot before, long count, double p) {
        double rank = Math.ceil(p / 100 * count);
        for (Map.Entry<Double, Double> e : after.buckets.entrySet()) {
            double cumulative = e.getValue() - before.buckets.getOrDefault(e.getKey(), 0.0);
            if (cumulative >= rank) {
                return e.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
