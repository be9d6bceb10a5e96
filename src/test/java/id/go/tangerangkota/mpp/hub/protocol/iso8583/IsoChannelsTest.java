package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The connection manager against a scripted host over a real socket: sign-on before the first
 * transaction and after "sign on first", answers matched by audit number whatever their order,
 * time limits as SocketTimeoutException, reconnection, and the journal of what was sent.
 */
class IsoChannelsTest {

    private static final GenericPackager PACKAGER = new ProtocolFiles(new DefaultResourceLoader(),
            new ConnectorLocations("file:connectors", "file:mappings", "file:routes/kamelets"))
            .packager("pln/h2h.packager.xml");

    private final SentMessages journal = new SentMessages();
    private final IsoChannels channels = new IsoChannels(new AuditNumbers(), journal, Clock.systemUTC());
    private FakeIsoHost host;

    @BeforeEach
    void start() throws IOException {
        host = new FakeIsoHost(PACKAGER);
    }

    @AfterEach
    void stop() throws IOException {
        channels.destroy();
        host.close();
    }

    @Test
    void signsOnOnceAndMatchesAnswersByAuditNumberWhateverTheirOrder() throws Exception {
        CompletableFuture<IsoChannels.Exchanged> first = call(inquiry("A"), 5000);
        FakeIsoHost.Received signOn = host.take();
        assertThat(signOn.mti()).isEqualTo("2800");
        assertThat(signOn.message().getString(70)).isEqualTo("001");
        host.reply(signOn, "0000");
        FakeIsoHost.Received a = host.take();
        CompletableFuture<IsoChannels.Exchanged> second = call(inquiry("B"), 5000);
        FakeIsoHost.Received b = host.take();

        host.reply(b, "0000", "37", "answer-for-B");
        host.reply(a, "0000", "37", "answer-for-A");

        assertThat(first.get(5, TimeUnit.SECONDS).answer().getString(37)).isEqualTo("answer-for-A");
        assertThat(second.get(5, TimeUnit.SECONDS).answer().getString(37)).isEqualTo("answer-for-B");
        assertThat(a.message().getString(11)).matches("[0-9]{12}").isNotEqualTo(b.message().getString(11))
                .isNotEqualTo(signOn.message().getString(11));
        assertThat(a.message().getString(12)).matches("20[0-9]{12}");
        assertThat(host.connections()).isEqualTo(1);
    }

    @Test
    void signsOnAgainWhenTheHostAsksAndRepeatsTheTransactionWithANewAuditNumber() throws Exception {
        CompletableFuture<IsoChannels.Exchanged> call = call(inquiry("A"), 5000);
        host.reply(host.take(), "0000");
        FakeIsoHost.Received refused = host.take();
        host.reply(refused, "0011");
        FakeIsoHost.Received signOnAgain = host.take();
        assertThat(signOnAgain.mti()).isEqualTo("2800");
        host.reply(signOnAgain, "0000");
        FakeIsoHost.Received repeated = host.take();
        host.reply(repeated, "0000");

        IsoChannels.Exchanged exchanged = call.get(5, TimeUnit.SECONDS);
        assertThat(exchanged.answer().getString(39)).isEqualTo("0000");
        assertThat(repeated.mti()).isEqualTo("2100");
        assertThat(repeated.message().getString(11)).isNotEqualTo(refused.message().getString(11));
        assertThat(exchanged.sent().getString(11)).isEqualTo(repeated.message().getString(11));
    }

    @Test
    void aRefusedSignOnIsTheAnswerAndNoTransactionIsSent() throws Exception {
        CompletableFuture<IsoChannels.Exchanged> call = call(inquiry("A"), 5000);
        host.reply(host.take(), "0034");

        IsoChannels.Exchanged exchanged = call.get(5, TimeUnit.SECONDS);
        assertThat(exchanged.signOnRefused()).isTrue();
        assertThat(exchanged.answer().getMTI()).isEqualTo("2810");
        assertThat(exchanged.answer().getString(39)).isEqualTo("0034");
        assertThat(host.poll(300)).isNull();
    }

    @Test
    void noAnswerInTimeIsASocketTimeoutAndTheSessionGoesOn() throws Exception {
        CompletableFuture<IsoChannels.Exchanged> lost = call(inquiry("A"), 800);
        host.reply(host.take(), "0000");
        FakeIsoHost.Received unanswered = host.take();

        assertThatThrownBy(() -> lost.get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SocketTimeoutException.class);
        host.reply(unanswered, "0000");  // too late: matched to nobody, and harmless
        CompletableFuture<IsoChannels.Exchanged> next = call(inquiry("B"), 5000);
        FakeIsoHost.Received b = host.take();
        assertThat(b.mti()).as("no second sign-on on the same session").isEqualTo("2100");
        host.reply(b, "0000");
        assertThat(next.get(5, TimeUnit.SECONDS).answer().getString(39)).isEqualTo("0000");
    }

    @Test
    void reconnectsAndSignsOnAgainAfterTheHostDroppedTheConnection() throws Exception {
        CompletableFuture<IsoChannels.Exchanged> first = call(inquiry("A"), 5000);
        host.reply(host.take(), "0000");
        FakeIsoHost.Received a = host.take();
        host.reply(a, "0000");
        first.get(5, TimeUnit.SECONDS);
        a.from().close();
        Thread.sleep(500);  // the channel's reader sees the end of the stream and closes the connection

        CompletableFuture<IsoChannels.Exchanged> second = call(inquiry("B"), 5000);
        FakeIsoHost.Received signOn = host.take();
        assertThat(signOn.mti()).isEqualTo("2800");
        host.reply(signOn, "0000");
        FakeIsoHost.Received b = host.take();
        host.reply(b, "0000");

        assertThat(second.get(5, TimeUnit.SECONDS).answer().getString(39)).isEqualTo("0000");
        assertThat(host.connections()).isEqualTo(2);
    }

    @Test
    void anUnreachableHostIsAnIOException() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        IsoRequest request = new IsoRequest(new TcpEndpoint("127.0.0.1", closedPort), "p", PACKAGER,
                inquiry("A").message(), null, null, Set.of());

        assertThatThrownBy(() -> channels.exchange(request, Duration.ofSeconds(2))).isInstanceOf(IOException.class);
    }

    @Test
    void journalsWhatWasSentUnderTheRequestsReferenceWithoutItsPrivateData() throws Exception {
        IsoRequest payment = new IsoRequest(host.endpoint(), "p", PACKAGER, message("2200", "A"), signOn(),
                "payment-1", Set.of(48));
        CompletableFuture<IsoChannels.Exchanged> call = CompletableFuture.supplyAsync(() -> {
            try {
                return channels.exchange(payment, Duration.ofMillis(600));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        host.reply(host.take(), "0000");
        FakeIsoHost.Received sent = host.take();
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasRootCauseInstanceOf(SocketTimeoutException.class);

        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> recalled = journal.recall("payment-1");
        assertThat(recalled).containsOnlyKeys("2200");
        assertThat(recalled.get("2200").path("11").asText()).isEqualTo(sent.message().getString(11));
        assertThat(recalled.get("2200").path("12").asText()).isEqualTo(sent.message().getString(12));
        assertThat(recalled.get("2200").has("48")).isFalse();
    }

    private CompletableFuture<IsoChannels.Exchanged> call(IsoRequest request, long timeoutMs) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return channels.exchange(request, Duration.ofMillis(timeoutMs));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private IsoRequest inquiry(String marker) throws Exception {
        return new IsoRequest(host.endpoint(), "p", PACKAGER, message("2100", marker), signOn(), null, Set.of(48));
    }

    private static ISOMsg message(String mti, String marker) throws Exception {
        ISOMsg message = new ISOMsg(mti);
        message.setPackager(PACKAGER);
        message.set(2, "99501");
        message.set(48, "MPPTNG1" + marker);
        return message;
    }

    private static IsoRequest.SignOn signOn() throws Exception {
        ISOMsg signOn = new ISOMsg("2800");
        signOn.setPackager(PACKAGER);
        signOn.set(70, "001");
        return new IsoRequest.SignOn(signOn, Map.of(39, "0000"), Map.of(39, "0011"));
    }
}
