package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;

/**
 * What the three application services share: the partner's {@code idPengajuan} (a known id is
 * answered with its first answer and registers nothing new), the membership check by KPJ and NIK,
 * and numbering. Check, change and remember happen under the store's lock, so two concurrent
 * calls cannot both pass a "one at a time" rule.
 */
abstract class MemberApplicationService implements BpjsTkService {

    static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final int MAX_ID_LENGTH = 64;

    protected final Participants participants;
    protected final RequestLedger<Map<String, Object>> applications;
    protected final Clock clock;

    MemberApplicationService(Participants participants, RequestLedger<Map<String, Object>> applications, Clock clock) {
        this.participants = participants;
        this.applications = applications;
        this.clock = clock;
    }

    /** PERUBAHAN_DATA, KLAIM_JHT or PENDAFTARAN_BPU. */
    abstract String kind();

    /** Checks and registers a new application; the answer's data. */
    abstract Map<String, Object> register(String idPengajuan, BpjsTkRequest request, LocalDate today);

    @Override
    public void observe(JsonNode body) {
        JsonNode id = body.get("idPengajuan");
        if (id != null && id.isTextual()) {
            applications.recordCall(id.asText());
        }
    }

    @Override
    public final Map<String, Object> answer(BpjsTkRequest request) {
        String id = request.required("idPengajuan");
        if (id.length() > MAX_ID_LENGTH) {
            throw BpjsTkRequest.invalid("idPengajuan");
        }
        synchronized (participants) {
            Optional<Map<String, Object>> earlier = applications.answer(id);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Map<String, Object> answer = register(id, request, LocalDate.now(clock));
            applications.remember(id, kind(), answer);
            return answer;
        }
    }

    /** The membership named by {@code kpj}, which must be the {@code nik}'s. */
    Participant member(BpjsTkRequest request) {
        String kpj = request.digits("kpj", 11, 11);
        String nik = request.digits("nik", 16, 16);
        Participant participant = participants.byKpj(kpj)
                .orElseThrow(() -> new BpjsTkRejection(BpjsTkRejection.NOT_FOUND, "Data peserta tidak ditemukan"));
        if (!participant.nik().equals(nik)) {
            throw new BpjsTkRejection(BpjsTkRejection.NOT_THIS_NIK, "KPJ tidak terdaftar atas NIK yang dikirim");
        }
        return participant;
    }

    /** e.g. PDP-20261122-000001. */
    String number(String prefix, LocalDate today) {
        return String.format("%s-%s-%06d", prefix, COMPACT.format(today), applications.nextSequence());
    }

    /** Upper case with single spaces, as names are compared at BPJS Ketenagakerjaan. */
    static String normal(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
