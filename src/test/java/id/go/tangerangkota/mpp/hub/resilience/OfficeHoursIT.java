package id.go.tangerangkota.mpp.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.HubApplication;
import id.go.tangerangkota.mpp.hub.sandbox.Fault;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.support.HubClient;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opening hours with the hub's clock moved: an application to an agency whose back office is closed
 * at weekends, submitted on Saturday at 13.00 WIB, is HELD (the clerk is told when the office
 * opens), is not sent while the office is closed, and goes out on Monday at 08.00. At closing time
 * the deliveries under way finish, and the applications still queued wait HELD for the next morning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficeHoursIT {

    private static final Instant SATURDAY_ONE_PM = Instant.parse("2026-11-28T06:00:00Z");

    private final MovableClock clock = new MovableClock(SATURDAY_ONE_PM);
    private ConfigurableApplicationContext hub;
    private HubClient counter;
    private SandboxServer sandbox;

    @BeforeAll
    void start() throws IOException {
        Path connectors = Files.createTempDirectory("office-hours-it");
        FileTrees.copy(Path.of("connectors"), connectors);
        Path dinsos = connectors.resolve("dinsos/connector.yaml");
        String yaml = Files.readString(dinsos);
        String weekdays = yaml.replace("sat: \"09:00-12:00\", sun: \"09:00-12:00\"", "sat: closed, sun: closed");
        assertThat(weekdays).isNotEqualTo(yaml);
        Files.writeString(dinsos, weekdays);
        Path dataDir = Path.of("target/it-data", System.getProperty("mpp.test.run", "local"), "office-hours");
        hub = new SpringApplicationBuilder(HubApplication.class).profiles("sandbox")
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--server.port=0", "--mpp.sandbox.port=0", "--mpp.data-dir=" + dataDir.toAbsolutePath(),
                        "--mpp.locations.connectors=file:" + connectors.toAbsolutePath(),
                        "--mpp.hours.enforced=true", "--mpp.hours.check-interval=PT0.3S");
        counter = new HubClient(((WebServerApplicationContext) hub).getWebServer().getPort(), HubClient.COUNTER_MPP_KEY);
        sandbox = hub.getBean(SandboxServer.class);
    }

    @AfterAll
    void stop() {
        hub.close();
    }

    @Test
    @Order(1)
    void anApplicationOnSaturdayAfternoonIsHeldAndGoesOutOnMondayAtEight() throws Exception {
        String path = "/api/v1/agencies/dinsos/services/dtks-registration";
        long callsBefore = sandbox.faults().requests("dinsos");

        Answer accepted = counter.post(path, counter.get(path).json().path("example").toString());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("status").asText()).isEqualTo("HELD");
        assertThat(accepted.json().path("heldUntil").asText()).isEqualTo("2026-11-30T08:00+07:00");
        String location = accepted.header("Location");
        Thread.sleep(1500);
        JsonNode waiting = counter.get(location).json();
        assertThat(waiting.path("status").asText()).isEqualTo("HELD");
        assertThat(waiting.path("history").findValuesAsText("note")).contains(
                "Held: the back office of Dinsos is closed; it opens Senin 30 November 2026 08:00 Asia/Jakarta");
        assertThat(sandbox.faults().requests("dinsos")).as("nothing sent while closed").isEqualTo(callsBefore);
        assertThat(hub.getBean(DeliveryHold.class).reasons("dinsos")).containsExactly(DeliveryHold.Reason.OFFICE_CLOSED);

        clock.advance(Duration.ofDays(1).plusHours(18).plusMinutes(59)); // Monday 07:59 WIB
        Thread.sleep(1200);
        assertThat(counter.get(location).json().path("status").asText()).as("still closed at 07:59").isEqualTo("HELD");

        clock.advance(Duration.ofMinutes(1)); // Monday 08:00 WIB
        Answer done = counter.await(location, r -> r.json().path("status").asText().equals("COMPLETED"),
                Duration.ofSeconds(20));

        assertThat(done.json().path("history").findValuesAsText("status")).containsSubsequence("HELD", "DISPATCHED",
                "COMPLETED");
        assertThat(sandbox.faults().requests("dinsos") - callsBefore).as("sent once, when it opened").isEqualTo(1);
        assertThat(hub.getBean(DeliveryHold.class).isHeld("dinsos")).isFalse();
    }

    /** Runs after the Saturday test, with the clock on Monday 08:00 WIB. */
    @Test
    @Order(2)
    void atClosingTimeDeliveriesUnderWayFinishAndTheQueuedOnesWaitHeldUntilTheNextMorning() throws Exception {
        clock.advance(Duration.ofHours(6).plusMinutes(59).plusSeconds(50)); // Monday 14:59:50 WIB
        String path = "/api/v1/agencies/dinsos/services/dtks-registration";
        String data = counter.get(path).json().path("example").path("data").toString();
        sandbox.faults().set("dinsos", new Fault(Fault.Mode.SLOW, 2500, 0));
        long callsBefore = sandbox.faults().requests("dinsos");
        List<String> locations = new ArrayList<>();
        try {
            for (String nik : List.of("3671011203850001", "3671055208920002", "3671071506780003", "3671134101000004")) {
                Answer accepted = counter.post(path, HubClient.citizenBody(nik, data));
                assertThat(accepted.json().path("status").asText()).as(accepted.body()).isEqualTo("QUEUED");
                locations.add(accepted.header("Location"));
            }
            // Dinsos takes two at a time (its delivery concurrency); the other two wait in the queue.
            await().atMost(Duration.ofSeconds(10)).until(() -> statuses(locations).stream()
                    .filter("DISPATCHED"::equals).count() == 2);

            clock.advance(Duration.ofSeconds(15)); // Monday 15:00:05 WIB: closed

            await().atMost(Duration.ofSeconds(15)).until(() -> statuses(locations).stream()
                    .filter(s -> s.equals("COMPLETED") || s.equals("REJECTED")).count() == 2);
            Thread.sleep(1500);
            List<String> held = locations.stream().filter(l -> counter.get(l).json().path("status").asText()
                    .equals("HELD")).toList();
            assertThat(held).as("the two still queued at closing wait: %s", statuses(locations)).hasSize(2);
            for (String location : held) {
                assertThat(counter.get(location).json().path("history").findValuesAsText("note")).contains(
                        "Held: the back office of Dinsos is closed; it opens Selasa 1 Desember 2026 08:00 Asia/Jakarta");
            }
            assertThat(sandbox.faults().requests("dinsos") - callsBefore).as("only those under way were sent")
                    .isEqualTo(2);
        } finally {
            sandbox.faults().set("dinsos", Fault.NONE);
        }

        clock.advance(Duration.ofHours(16).plusMinutes(59).plusSeconds(55)); // Tuesday 08:00 WIB
        await().atMost(Duration.ofSeconds(20)).until(() -> statuses(locations).stream()
                .allMatch(s -> s.equals("COMPLETED") || s.equals("REJECTED")));
        assertThat(sandbox.faults().requests("dinsos") - callsBefore).as("each sent once").isEqualTo(4);
    }

    private List<String> statuses(List<String> locations) {
        return locations.stream().map(l -> counter.get(l).json().path("status").asText()).toList();
    }
}
