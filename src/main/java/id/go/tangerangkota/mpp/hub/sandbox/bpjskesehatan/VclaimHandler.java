package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The simulated VClaim web service under {@value #BASE}. Checks, in the order of the real
 * service:
 *
 * <ol>
 *   <li>path: an unknown service is HTTP 404 (metaData 404); then the method (405);
 *   <li>the four signature headers ({@link VclaimGate}): metaData 401;
 *   <li>the service's own checks: 400 malformed, 201 no such data, 202 refused on the merits;
 *   <li>200 with the response encrypted for this request's X-timestamp.
 * </ol>
 *
 * <p>From step 2 on every answer is HTTP 200 with the outcome in {@code metaData}, as VClaim
 * answers, so a connector must read metaData.code rather than the HTTP status.
 */
final class VclaimHandler implements HttpHandler {

    /** Where the services live: the sandbox's prefix and the VClaim context path. */
    static final String BASE = "/bpjs-kesehatan/vclaim-rest";

    /** Service names, as the call meter counts them. */
    static final String BY_NIK = "Peserta/nik";
    static final String BY_CARD = "Peserta/nokartu";
    static final String DATA_CORRECTION = "Kepesertaan/perbaikanData";
    static final String PRIMARY_CARE_CHANGE = "Kepesertaan/pindahFKTP";

    private final VclaimSettings settings;
    private final VclaimGate gate;
    private final VclaimCalls calls;
    private final PesertaLookup lookup;
    private final DataCorrectionService corrections;
    private final PrimaryCareChangeService primaryCare;
    private final MembershipApplications applications;

    VclaimHandler(VclaimSettings settings, VclaimGate gate, VclaimCalls calls, PesertaLookup lookup,
            DataCorrectionService corrections, PrimaryCareChangeService primaryCare,
            MembershipApplications applications) {
        this.settings = settings;
        this.gate = gate;
        this.calls = calls;
        this.lookup = lookup;
        this.corrections = corrections;
        this.primaryCare = primaryCare;
        this.applications = applications;
    }

    /** One matched request: the service and its path parameters. */
    private record Route(String service, String method, String first, String second) {
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (VclaimHttp.BodyTooLargeException tooLarge) {
            VclaimHttp.sendIfStillPossible(exchange, 413, VclaimHttp.refusal("413", "Ukuran request terlalu besar"));
        } catch (IOException | RuntimeException defect) {
            // A defect of the sandbox must still answer, or the caller waits for its timeout.
            VclaimHttp.sendIfStillPossible(exchange, 500, VclaimHttp.refusal("500", "Terjadi kesalahan pada server"));
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        Optional<Route> matched = route(exchange.getRequestURI().getRawPath());
        if (matched.isEmpty()) {
            VclaimHttp.send(exchange, 404, VclaimHttp.refusal("404", "Service tidak ditemukan"));
            return;
        }
        Route route = matched.get();
        calls.record(route.service());
        if (!route.method().equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", route.method());
            VclaimHttp.send(exchange, 405, VclaimHttp.refusal("405", "Method tidak diizinkan"));
            return;
        }
        // The body is read before the headers are judged, so a refused application still counts as received.
        Optional<ApplicationRequest> request = route.method().equals("POST")
                ? ApplicationRequest.parse(VclaimHttp.readBody(exchange))
                : Optional.empty();
        request.flatMap(ApplicationRequest::referenceAsSent).ifPresent(applications::recordReceipt);
        Map<String, Object> answer;
        try {
            String timestamp = gate.admit(exchange.getRequestHeaders());
            answer = VclaimHttp.sealed(dispatch(route, request), settings, timestamp);
        } catch (VclaimRejection rejection) {
            answer = VclaimHttp.refusal(rejection.code(), rejection.getMessage());
        }
        VclaimHttp.send(exchange, 200, answer);
    }

    private Map<String, Object> dispatch(Route route, Optional<ApplicationRequest> request) {
        return switch (route.service()) {
            case BY_NIK -> lookup.byNik(route.first(), route.second());
            case BY_CARD -> lookup.byCard(route.first(), route.second());
            case DATA_CORRECTION -> corrections.answer(body(request));
            case PRIMARY_CARE_CHANGE -> primaryCare.answer(body(request));
            default -> throw new IllegalStateException("unrouted service " + route.service());
        };
    }

    private static ApplicationRequest body(Optional<ApplicationRequest> request) {
        return request.orElseThrow(() -> VclaimRejection.badRequest("Format request tidak valid"));
    }

    /** Matches the path (raw, so an encoded '/' cannot create segments) against the four services. */
    private static Optional<Route> route(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(BASE + "/")) {
            return Optional.empty();
        }
        String[] s = rawPath.substring(BASE.length() + 1).split("/", -1);
        if (s.length == 5 && s[0].equals("Peserta") && s[3].equals("tglSEP")) {
            if (s[1].equals("nik")) {
                return Optional.of(new Route(BY_NIK, "GET", s[2], s[4]));
            }
            if (s[1].equals("nokartu")) {
                return Optional.of(new Route(BY_CARD, "GET", s[2], s[4]));
            }
        }
        if (s.length == 2 && s[0].equals("Kepesertaan")) {
            if (s[1].equals("perbaikanData")) {
                return Optional.of(new Route(DATA_CORRECTION, "POST", null, null));
            }
            if (s[1].equals("pindahFKTP")) {
                return Optional.of(new Route(PRIMARY_CARE_CHANGE, "POST", null, null));
            }
        }
        return Optional.empty();
    }
}
