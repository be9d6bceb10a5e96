package id.go.tangerangkota.mpp.hub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

import id.go.tangerangkota.mpp.hub.resilience.AgencyGuards;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard at {@code /dashboard} as an operator sees it: headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) on a 1366x768 window against the running hub and its
 * sandbox agencies. Signed in with the admin key it shows one tile per agency (17); a fault injected
 * in Dinsos's sandbox back end opens its circuit and turns its tile to MATI (DOWN) within 10 s, and
 * the tile is NORMAL (UP) again once Dinsos is back and its circuit has closed. Screenshots go to
 * {@code target/screenshots/}.
 *
 * <p>Without Chromium the test is skipped on a developer's machine but fails in CI (CI=true), where
 * {@code .ci/run} installs it.
 */
class DashboardBrowserIT extends HubIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path PROFILES = Path.of("target", "chromium-profiles");

    private static final String AGENCY = "dinsos";
    private static final String DTKS = "/api/v1/agencies/dinsos/services/dtks-check";
    private static final String BODY = "{\"citizen\":{\"nik\":\"3671116304880006\"},\"data\":{\"purpose\":\"Pengecekan status bansos\"}}";
    private static final int SANDBOX_AGENCIES = 17;
    private static final Pattern SOURCE_OR_LINK = Pattern.compile("(?:src|href)=\"([^\"]*)\"");
    /** Dinsos's circuit waits this long (waitInOpenMs in its descriptor) before a trial call. */
    private static final Duration CIRCUIT_WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    SandboxServer sandbox;
    @Autowired
    AgencyGuards guards;

    private WebDriver browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "The dashboard's browser test needs Debian's chromium (" + CHROMIUM + ") and chromium-driver ("
                + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** The context is shared with other tests: leave Dinsos healthy, flowing, with a fresh circuit. */
    @AfterEach
    void recover() throws Exception {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        sandboxFault("DELETE", null);
        guards.of(AGENCY).circuit().reset();
        new HubClient(port, HubClient.ADMIN_KEY).post("/api/v1/admin/connectors/" + AGENCY + "/deliveries/resume", "");
    }

    @Test
    void aTileTurnsDownWithinTenSecondsOfAFaultInItsAgencyAndUpAgainAfterRecovery() throws Exception {
        WebDriver b = browser();
        signIn(HubClient.ADMIN_KEY);

        List<WebElement> tiles = wait(Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tiles .tile[data-agency]"), SANDBOX_AGENCIES));
        assertThat(tiles).extracting(t -> t.getAttribute("data-state"))
                .allMatch(s -> s.matches("UP|DEGRADED|DOWN|CLOSED|DISABLED"));
        assertThat(b.findElement(By.id("who")).getText()).contains("ADMIN");
        assertThat(b.findElement(By.id("updated")).getText()).startsWith("Terakhir diperbarui");
        awaitTileState(AGENCY, "UP", Duration.ofSeconds(10));
        assertThat(tile(AGENCY).getText()).contains("NORMAL (UP)").contains("Antrean (queue)").contains("DLQ");
        assertThat(allTilesInsideTheWindow()).as("17 tiles readable at 1366x768 without scrolling").isTrue();
        screenshot("dashboard-1-tiles.png");

        String taspenBefore = tile("taspen").getAttribute("data-state");
        long injected = System.nanoTime();
        sandboxFault("PUT", "{\"mode\":\"down\"}");
        Answer refused = null;
        for (int i = 0; i < 30 && !isCircuitOpen(refused); i++) {
            refused = counter.post(DTKS, BODY);
        }
        assertThat(isCircuitOpen(refused)).as("Dinsos's circuit opens: " + (refused == null ? "" : refused.body())).isTrue();
        Duration left = Duration.ofSeconds(10).minusNanos(System.nanoTime() - injected);
        assertThat(left).as("the circuit opened within the 10 s").isPositive();
        awaitTileState(AGENCY, "DOWN", left);
        assertThat(tile(AGENCY).getText()).contains("MATI (DOWN)").contains("OPEN");
        assertThat(tile("taspen").getAttribute("data-state")).as("another agency is not affected").isEqualTo(taspenBefore);
        screenshot("dashboard-2-dinsos-down.png");

        sandboxFault("DELETE", null);
        long recovering = System.nanoTime();
        Duration limit = CIRCUIT_WAIT.plusSeconds(25);
        while (!"UP".equals(tile(AGENCY).getAttribute("data-state"))
                && System.nanoTime() - recovering < limit.toNanos()) {
            // Calls keep coming as at a counter: once the circuit's wait is over one is let through
            // as a trial, and the circuit closes when the trials succeed.
            counter.post(DTKS, BODY);
            Thread.sleep(1000);
        }
        awaitTileState(AGENCY, "UP", Duration.ofSeconds(5));
        assertThat(tile(AGENCY).getText()).contains("NORMAL (UP)").contains("CLOSED");
        screenshot("dashboard-3-dinsos-recovered.png");

        tile(AGENCY).click();
        WebElement detail = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait(Duration.ofSeconds(10)).until(d -> AGENCY.equals(detail.getAttribute("data-agency")));
        assertThat(b.findElement(By.id("detail-state")).getText()).isEqualTo("NORMAL (UP)");
        wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#chart-latency svg polyline, #chart-latency svg circle")).isEmpty());
        assertThat(b.findElements(By.cssSelector("#chart-queue svg polyline, #chart-queue svg circle"))).isNotEmpty();
        assertThat(b.findElements(By.cssSelector("#chart-states svg rect"))).as("state history").isNotEmpty();
        List<WebElement> failures = b.findElements(By.cssSelector("#failures tbody tr"));
        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0).getText()).as("the refused calls are listed").contains("dtks-check");
        assertThat(b.findElement(By.id("actions")).isDisplayed()).as("an admin gets the buttons").isTrue();
        screenshot("dashboard-4-dinsos-drill-down.png");

        b.findElement(By.id("action-suspend")).click();
        b.findElement(By.id("confirm-yes")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-result"),
                "ditangguhkan"));
        assertThat(new HubClient(port, HubClient.ADMIN_KEY).get("/api/v1/admin/connectors/" + AGENCY).json()
                .at("/deliveries/held").asBoolean()).as("the button suspended Dinsos's deliveries").isTrue();
        b.findElement(By.id("action-resume")).click();
        b.findElement(By.id("confirm-yes")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-result"),
                "berjalan lagi"));
        assertThat(new HubClient(port, HubClient.ADMIN_KEY).get("/api/v1/admin/connectors/" + AGENCY).json()
                .at("/deliveries/held").asBoolean()).as("and resumed them").isFalse();

        b.findElement(By.id("action-suspend")).click();
        b.findElement(By.id("confirm-no")).click();
        assertThat(b.findElement(By.id("confirm")).isDisplayed()).isFalse();
        assertThat(new HubClient(port, HubClient.ADMIN_KEY).get("/api/v1/admin/connectors/" + AGENCY).json()
                .at("/deliveries/held").asBoolean()).as("cancelled: nothing sent").isFalse();
        b.findElement(By.id("action-replay")).click();
        b.findElement(By.id("confirm-yes")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.id("action-result"),
                Pattern.compile("✓ \\d+ pesan DLQ dikirim ulang \\(replayed\\)\\.")));
        assertThat(noScriptOrPolicyErrors()).isEmpty();
    }

    @Test
    void aWrongKeyIsTurnedAwayAnIntegratorSeesNoAdminButtonsAndALostHubIsShown() {
        WebDriver b = browser();
        signIn("not-a-key");
        WebElement error = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
        assertThat(error.getText()).contains("401");
        assertThat(b.findElement(By.id("board")).isDisplayed()).isFalse();

        signIn(HubClient.COUNTER_MPP_KEY);
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("signin-error"), "403"));

        signIn(HubClient.INTEGRATOR_KEY);
        wait(Duration.ofSeconds(10)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tiles .tile[data-agency]"), SANDBOX_AGENCIES));
        assertThat(b.findElement(By.id("who")).getText()).contains("INTEGRATOR");
        tile("taspen").click();
        wait(Duration.ofSeconds(10)).until(d -> "taspen".equals(d.findElement(By.id("detail")).getAttribute("data-agency")));
        assertThat(b.findElement(By.id("actions")).isDisplayed()).as("no admin buttons for an integrator").isFalse();

        // The network fails under the page (every fetch rejected, as when the hub's host is gone):
        // the last figures stay, under a warning saying since when.
        assertThat(b.findElement(By.id("offline")).isDisplayed()).isFalse();
        ((JavascriptExecutor) b).executeScript(
                "window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };");
        WebElement warning = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("offline")));
        assertThat(warning.getText()).contains("Hub tidak dapat dihubungi (unreachable)").contains("Data di layar dari");
        assertThat(b.findElements(By.cssSelector("#tiles .tile[data-agency]"))).hasSize(SANDBOX_AGENCIES);
    }

    @Test
    void thePageIsServedFromTheHubWithoutAKeyUnderAStrictContentSecurityPolicy() {
        Answer redirect = anonymous.get("/dashboard");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/dashboard/");

        Answer page = anonymous.get("/dashboard/");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("data-action=\"suspend\"").contains("dashboard.js");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'").doesNotContain("unsafe");
        assertThat(SOURCE_OR_LINK.matcher(page.body()).results().map(m -> m.group(1)).toList())
                .as("the page loads its script, style and icon from the hub itself")
                .containsExactlyInAnyOrder("favicon.svg", "dashboard.css", "dashboard.js");
        for (String file : List.of("dashboard.js", "dashboard.css", "favicon.svg")) {
            Answer a = anonymous.get("/dashboard/" + file);
            assertThat(a.status()).as(file).isEqualTo(200);
            assertThat(a.header("Content-Security-Policy")).as(file).isNotNull();
        }
        assertThat(anonymous.get("/dashboard/dashboard.css").body()).as("no font or image from elsewhere")
                .doesNotContain("url(", "@import");
        assertThat(anonymous.get("/api/v1/admin/connectors").status()).as("the data still needs a key").isEqualTo(401);
    }

    // ---- the browser ----------------------------------------------------------------------------

    private WebDriver browser() {
        try {
            Files.createDirectories(PROFILES);
            Path profile = Files.createTempDirectory(PROFILES, "profile-");
            ChromeOptions options = new ChromeOptions();
            // Both paths set: Selenium Manager is never asked to find or download a browser or driver.
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1366,768", "--user-data-dir=" + profile.toAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.get(counter.baseUrl() + "/dashboard");
            return browser;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn(String key) {
        WebElement input = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        input.clear();
        input.sendKeys(key);
        browser.findElement(By.id("signin-button")).click();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(100));
    }

    private WebElement tile(String agency) {
        return browser.findElement(By.cssSelector("#tiles .tile[data-agency='" + agency + "']"));
    }

    private void awaitTileState(String agency, String state, Duration timeout) {
        wait(timeout).withMessage(() -> agency + " tile is " + tile(agency).getAttribute("data-state") + ", not " + state)
                .until(d -> state.equals(tile(agency).getAttribute("data-state")));
    }

    private boolean allTilesInsideTheWindow() {
        Object inside = ((JavascriptExecutor) browser).executeScript(
                "var tiles = document.querySelectorAll('#tiles .tile');"
                        + "return tiles.length > 0 && Array.prototype.every.call(tiles, function (t) {"
                        + "  var r = t.getBoundingClientRect();"
                        + "  return r.bottom <= window.innerHeight && r.right <= window.innerWidth; });");
        return Boolean.TRUE.equals(inside);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The page's console errors that are not expected answers of the API (a refused key logs one). */
    private List<String> noScriptOrPolicyErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught") || m.contains("TypeError"))
                .toList();
    }

    // ---- the hub and the sandbox ----------------------------------------------------------------

    private static boolean isCircuitOpen(Answer a) {
        return a != null && a.status() == 503 && a.json() != null && "OPEN".equals(a.json().path("circuitState").asText());
    }

    /** Sets or clears Dinsos's fault on the sandbox's own fault switchboard, over HTTP. */
    private void sandboxFault(String method, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + sandbox.port() + "/sandbox/faults/" + AGENCY))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        if (body == null) {
            assertThat(sandbox.faults().of(AGENCY)).isEqualTo(Fault.NONE);
        }
    }
}
