package id.go.tangerangkota.mpp.hub.sandbox.bpjstk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.go.tangerangkota.mpp.hub.sandbox.Citizen;
import id.go.tangerangkota.mpp.hub.sandbox.CitizenRegistry;
import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;

/**
 * {@code POST /jamsostek/v1/peserta/perubahan-data}: corrects a membership's identity data and
 * updates its contacts. Identity changes must agree with the population register (BPJS
 * Ketenagakerjaan validates against Dukcapil, here the sandbox's SIAK): a name that is not the
 * KTP-el's is refused (21). Accepted changes apply at once.
 */
final class DataUpdateService extends MemberApplicationService {

    private final CitizenRegistry citizens;

    DataUpdateService(Participants participants, RequestLedger<Map<String, Object>> applications, CitizenRegistry citizens,
            java.time.Clock clock) {
        super(participants, applications, clock);
        this.citizens = citizens;
    }

    @Override
    public String path() {
        return "/peserta/perubahan-data";
    }

    @Override
    String kind() {
        return "PERUBAHAN_DATA";
    }

    @Override
    Map<String, Object> register(String id, BpjsTkRequest request, LocalDate today) {
        Participant participant = member(request);
        BpjsTkRequest changes = request.object("perubahan");
        request.required("alasan");
        Optional<String> name = changes.optional("namaLengkap").map(MemberApplicationService::normal);
        Optional<LocalDate> birthDate = changes.optional("tglLahir").isPresent()
                ? Optional.of(changes.date("tglLahir")) : Optional.empty();
        Optional<String> birthPlace = changes.optional("tempatLahir").map(MemberApplicationService::normal);
        Optional<String> mother = changes.optional("namaIbuKandung").map(MemberApplicationService::normal);
        Optional<String> phone = changes.optional("noHp");
        Optional<String> email = changes.optional("email");
        if (name.isEmpty() && birthDate.isEmpty() && birthPlace.isEmpty() && mother.isEmpty() && phone.isEmpty()
                && email.isEmpty()) {
            throw new BpjsTkRejection(BpjsTkRejection.INCOMPLETE, "Parameter wajib tidak lengkap: perubahan");
        }
        if (phone.isPresent() && !phone.get().matches("08[0-9]{8,11}")) {
            throw BpjsTkRequest.invalid("noHp");
        }
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw BpjsTkRequest.invalid("email");
        }
        if (name.isPresent() || birthDate.isPresent() || birthPlace.isPresent() || mother.isPresent()) {
            Citizen citizen = citizens.byNik(participant.nik()).orElseThrow(() -> new BpjsTkRejection(
                    BpjsTkRejection.NOT_AS_DUKCAPIL, "NIK tidak ditemukan pada data kependudukan"));
            mustAgree("namaLengkap", name, citizen.fullName());
            mustAgree("tempatLahir", birthPlace, citizen.birthPlace());
            mustAgree("namaIbuKandung", mother, citizen.motherName());
            if (birthDate.isPresent() && !birthDate.get().equals(citizen.birthDate())) {
                throw disagrees("tglLahir");
            }
        }
        participants.update(participant.kpj(), p -> p.withData(name.orElse(null), birthDate.orElse(null),
                birthPlace.orElse(null), mother.orElse(null), phone.orElse(null), email.orElse(null)));

        List<String> changed = new ArrayList<>();
        changes.body().fieldNames().forEachRemaining(field -> {
            if (changes.body().get(field).isTextual() && !changes.body().get(field).asText().isBlank()) {
                changed.add(field);
            }
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("idPengajuan", id);
        data.put("nomorPengajuan", number("PDP", today));
        data.put("kpj", participant.kpj());
        data.put("tglPengajuan", BpjsTkRequest.DATE.format(today));
        data.put("statusPengajuan", "SELESAI");
        data.put("dataDiubah", changed);
        data.put("keterangan", "Data peserta berhasil diperbarui");
        return data;
    }

    private static void mustAgree(String field, Optional<String> sent, String register) {
        if (sent.isPresent() && !sent.get().equals(normal(register))) {
            throw disagrees(field);
        }
    }

    private static BpjsTkRejection disagrees(String field) {
        return new BpjsTkRejection(BpjsTkRejection.NOT_AS_DUKCAPIL,
                "Data perubahan tidak sesuai data kependudukan (Dukcapil): " + field);
    }
}
