package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated BPKD API over a real socket: HTTP Basic, the shared checks, the SKRD look-up with
 * the figures Bank BJB holds, and the asset-use application's checks and deduplication.
 */
class SandboxBpkdTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String DEMO = "mpp-tangerang:sandbox-bpkd-demo-password";

    private static SandboxServer server;
    private static BpkdBackend backend;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxSettings.demo(0));
        backend = server.backend("bpkd", BpkdBackend.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aWrongPasswordIsKode41WithAChallenge() throws Exception {
        HttpResponse<String> r = send("/retribusi/cek", "<permintaan><kode_bayar>3671112611000123</kode_bayar></permintaan>",
                "application/xml", "mpp-tangerang:wrong");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("<kode>41</kode>").contains("USER ID ATAU KATA SANDI SALAH");
        assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(send("/retribusi/cek", "<permintaan/>", "application/xml", null).statusCode()).isEqualTo(401);
    }

    @Test
    void protocolChecksAnswerTheBackEndsCodes() throws Exception {
        assertThat(send("/retribusi/hapus", "<permintaan/>", "application/xml", DEMO).statusCode()).isEqualTo(404);
        assertThat(send("/retribusi/cek", "{}", "application/json", DEMO).statusCode()).isEqualTo(415);
        HttpResponse<String> dtd = send("/retribusi/cek",
                "<?xml version=\"1.0\"?><!DOCTYPE permintaan [<!ENTITY x \"y\">]><permintaan><kode_bayar>&x;</kode_bayar></permintaan>",
                "application/xml", DEMO);
        assertThat(dtd.statusCode()).isEqualTo(400);
        assertThat(dtd.body()).contains("<kode>30</kode>");
        assertThat(send("/retribusi/cek", "<permintaan>" + "a".repeat(40_000) + "</permintaan>", "application/xml", DEMO)
                .statusCode()).isEqualTo(413);
    }

    @Test
    void rinasPbgRetributionIsUnpaidAsBankBjbHoldsIt() throws Exception {
        String found = call("/retribusi/cek", "<permintaan><kode_bayar>3671112611000123</kode_bayar></permintaan>");
        String unknown = call("/retribusi/cek", "<permintaan><kode_bayar>3671019999999999</kode_bayar></permintaan>");

        assertThat(found).contains("<kode>00</kode>").contains("<pokok>1875000</pokok>")
                .contains("<status_bayar>BELUM BAYAR</status_bayar>").contains("<va_bjb>883673671112611000123</va_bjb>")
                .contains("<no_skrd>SKRD/PBG/2026/11/000123</no_skrd>");
        assertThat(unknown).contains("<kode>14</kode>").contains("KODE BAYAR TIDAK TERDAFTAR");
    }

    @Test
    void anAssetApplicationIsRegisteredOnceAndItsRefusalsCarryBpkdsCodes() throws Exception {
        String reference = UUID.randomUUID().toString();
        String body = application(reference, "BMD-GDG-0007", "16/01/2027", "16/01/2027", 250);
        int before = backend.applications().received();

        String first = call("/bmd/permohonan-sewa", body);
        String again = call("/bmd/permohonan-sewa", body);

        assertThat(first).contains("<kode>00</kode>").contains("<perkiraan_retribusi>2500000</perkiraan_retribusi>");
        assertThat(again).isEqualTo(first);
        assertThat(backend.applications().received()).isEqualTo(before + 1);
        assertThat(backend.applications().callsFor(reference)).isEqualTo(2);
        assertThat(call("/bmd/permohonan-sewa", application(UUID.randomUUID().toString(), "BMD-GDG-0007", "31/12/2026",
                "31/12/2026", 100))).contains("<kode>54</kode>");
        assertThat(call("/bmd/permohonan-sewa", application(UUID.randomUUID().toString(), "BMD-GDG-0002", "16/01/2027",
                "16/01/2027", 400))).contains("<kode>53</kode>");
        assertThat(call("/bmd/permohonan-sewa", application(UUID.randomUUID().toString(), "BMD-GDG-9999", "16/01/2027",
                "16/01/2027", 40))).contains("<kode>14</kode>");
        assertThat(call("/bmd/permohonan-sewa", application(UUID.randomUUID().toString(), "BMD-GDG-0002", "01/01/2020",
                "01/01/2020", 40))).contains("<kode>52</kode>");
    }

    private static String application(String reference, String asset, String from, String to, int attendees) {
        return "<permintaan><no_referensi>" + reference + "</no_referensi><nik_pemohon>3671011203850001</nik_pemohon>"
                + "<kode_aset>" + asset + "</kode_aset><keperluan>Acara keluarga</keperluan><tgl_mulai>" + from
                + "</tgl_mulai><tgl_selesai>" + to + "</tgl_selesai><jumlah_peserta>" + attendees
                + "</jumlah_peserta><jenis_pemohon>PERORANGAN</jenis_pemohon></permintaan>";
    }

    private static String call(String path, String body) throws Exception {
        HttpResponse<String> r = send(path, body, "application/xml", DEMO);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> send(String path, String body, String type, String userPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/bpkd/keuda/api" + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (userPassword != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
