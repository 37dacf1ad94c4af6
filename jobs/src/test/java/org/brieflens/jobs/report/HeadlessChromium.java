package org.brieflens.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium in headless mode, driven over the DevTools protocol: renders a page in a
 * fresh tab and reports console errors, uncaught exceptions, failed loads, the marks each chart
 * shows on screen, and a screenshot. Chromium comes from {@code chromium} on the PATH or the
 * {@code BRIEFLENS_CHROMIUM} variable; scripts/install-chromium.sh installs it.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    /** For each {@code svg[data-chart]}, its key and how many of its {@code [data-point]} marks take up space on screen. */
    private static final String COUNT_POINTS = """
            JSON.stringify(Array.from(document.querySelectorAll('svg[data-chart]')).map(function (svg) {
              var shown = Array.from(svg.querySelectorAll('[data-point]')).filter(function (mark) {
                var box = mark.getBoundingClientRect();
                return box.width + box.height > 0;
              });
              return [svg.getAttribute('data-chart'), shown.length];
            }))""";

    /**
     * What a page did when rendered.
     *
     * @param problems   console errors, uncaught exceptions and failed loads, as text
     * @param points     per chart key, the data points shown on screen, in page order
     * @param screenshot the whole page as PNG
     * @param probe      what the probe expression returned, as text
     */
    record Rendering(List<String> problems, Map<String, Integer> points, byte[] screenshot, String probe) {
    }

    private final Process process;
    private final Path profile;
    private final String endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    private HeadlessChromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.endpoint = "http://127.0.0.1:" + port;
    }

    /**
     * Starts Chromium, installing it first with scripts/install-chromium.sh when it is missing, so
     * the test command alone suffices on a fresh machine; fails (never skips) when that cannot.
     */
    static HeadlessChromium start() throws IOException {
        Path executable = installedExecutable();
        Path profile = Files.createTempDirectory("brieflens-chromium");
        Process process = new ProcessBuilder(executable.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        return new HeadlessChromium(process, profile, port(process, profile));
    }

    private static Path installedExecutable() throws IOException {
        try {
            return executable(System.getenv());
        } catch (IllegalStateException missing) {
            Path script = Path.of("..", "scripts", "install-chromium.sh").toAbsolutePath().normalize();
            Process install = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            try {
                if (install.waitFor() != 0) {
                    throw new IllegalStateException(missing.getMessage() + "; " + script + " failed", missing);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while installing chromium", e);
            }
            return executable(System.getenv());
        }
    }

    /** {@code BRIEFLENS_CHROMIUM}, else {@code chromium} on the PATH, of this environment. */
    static Path executable(Map<String, String> env) {
        String configured = env.get("BRIEFLENS_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("BRIEFLENS_CHROMIUM='" + configured + "' is not an executable file");
            }
            return path;
        }
        String path = env.getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "chromium is not on the PATH: run scripts/install-chromium.sh (or set BRIEFLENS_CHROMIUM)"));
    }

    /** The DevTools port Chromium chose, from the DevToolsActivePort file it writes into its profile. */
    private static int port(Process process, Path profile) throws IOException {
        Path activePort = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(activePort)) {
                List<String> lines = Files.readAllLines(activePort);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("chromium exited with " + process.exitValue() + ": "
                        + Files.readString(profile.resolve("chromium.log")));
            }
            DevToolsConnection.sleep(100);
        }
        throw new IllegalStateException("chromium did not open its DevTools port within " + START_TIMEOUT);
    }

    /** Loads the page in a new tab, lets its scripts run, and reports what happened. */
    Rendering render(URI page) throws IOException, InterruptedException {
        return render(page, "''");
    }

    /**
     * Loads the page in a new tab, lets its scripts run, evaluates the probe (a JavaScript
     * expression, after the screenshot so it may change the page), and reports what happened;
     * errors the probe causes are reported too.
     */
    Rendering render(URI page, String probe) throws IOException, InterruptedException {
        JsonNode tab = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/json/new?about:blank"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body());
        try (DevToolsConnection devTools = new DevToolsConnection(http, URI.create(tab.get("webSocketDebuggerUrl").asText()))) {
            devTools.send("Runtime.enable", Map.of());
            devTools.send("Log.enable", Map.of());
            devTools.send("Page.enable", Map.of());
            devTools.send("Page.navigate", Map.of("url", page.toString()));
            devTools.awaitEvent("Page.loadEventFired", LOAD_TIMEOUT);
            DevToolsConnection.sleep(300); // errors of scripts that run just after load
            Map<String, Integer> points = points(devTools);
            byte[] screenshot = screenshot(devTools);
            JsonNode probed = devTools.send("Runtime.evaluate", Map.of("expression", probe, "returnByValue", true));
            if (probed.has("exceptionDetails")) {
                throw new IllegalStateException("the probe failed: " + exception(probed.get("exceptionDetails")));
            }
            DevToolsConnection.sleep(100); // errors of handlers the probe set off
            return new Rendering(problems(devTools.events()), points, screenshot, probed.path("result").path("value").asText());
        } finally {
            http.send(HttpRequest.newBuilder(URI.create(endpoint + "/json/close/" + tab.get("id").asText())).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private static Map<String, Integer> points(DevToolsConnection devTools) throws IOException {
        JsonNode result = devTools.send("Runtime.evaluate", Map.of("expression", COUNT_POINTS, "returnByValue", true));
        Map<String, Integer> points = new LinkedHashMap<>();
        for (JsonNode chart : JSON.readTree(result.path("result").path("value").asText("[]"))) {
            points.merge(chart.get(0).asText(), chart.get(1).asInt(), Integer::sum);
        }
        return points;
    }

    private static byte[] screenshot(DevToolsConnection devTools) {
        JsonNode size = devTools.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.path("width").asDouble(1280),
                "height", Math.min(20_000, size.path("height").asDouble(1000)), "scale", 1);
        JsonNode shot = devTools.send("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode(shot.get("data").asText());
    }

    /** Console errors and assertions, uncaught exceptions, and error entries of the browser log. */
    static List<String> problems(List<JsonNode> events) {
        List<String> problems = new ArrayList<>();
        for (JsonNode event : events) {
            JsonNode params = event.path("params");
            switch (event.path("method").asText()) {
                case "Runtime.exceptionThrown" -> problems.add("uncaught exception: " + exception(params.path("exceptionDetails")));
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        problems.add("console." + type + ": " + arguments(params.path("args")));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = params.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        problems.add("log error: " + entry.path("text").asText() + " " + entry.path("url").asText(""));
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    private static String exception(JsonNode details) {
        JsonNode exception = details.path("exception");
        return exception.has("description") ? exception.get("description").asText() : details.path("text").asText();
    }

    private static String arguments(JsonNode args) {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(a.has("value") ? a.get("value").asText() : a.path("description").asText()));
        return String.join(" ", parts);
    }

    @Override
    public void close() throws IOException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(HeadlessChromium::deleteQuietly);
        }
    }

    /** Deletes a profile file; one a dying Chromium still holds is left to the temp folder's cleaning. */
    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // leftover files in a temp folder harm nothing
        }
    }
}
