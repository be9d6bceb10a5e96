package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /Peserta/nik/{nik}/tglSEP/{date}} and {@code GET /Peserta/nokartu/{noKartu}/tglSEP/{date}}:
 * the participant's card as it stands on the service date, answered as {@code {"peserta": {...}}}.
 */
final class PesertaLookup {

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Participants participants;
    private final Clock clock;

    PesertaLookup(Participants participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    Map<String, Object> byNik(String nik, String tglSep) {
        if (!nik.matches("[0-9]{16}")) {
            throw VclaimRejection.badRequest("NIK tidak valid, harus 16 digit");
        }
        return answer(participants.byNik(nik), date(tglSep));
    }

    Map<String, Object> byCard(String noKartu, String tglSep) {
        if (!noKartu.matches("[0-9]{13}")) {
            throw VclaimRejection.badRequest("Nomor kartu tidak valid, harus 13 digit");
        }
        return answer(participants.byCard(noKartu), date(tglSep));
    }

    private Map<String, Object> answer(Optional<Participant> participant, LocalDate serviceDate) {
        Participant p = participant.orElseThrow(() -> VclaimRejection.notFound("Data Peserta Tidak Ditemukan"));
        return Map.of("peserta", PesertaView.of(p, serviceDate, LocalDate.now(clock)));
    }

    private static LocalDate date(String tglSep) {
        try {
            return LocalDate.parse(tglSep, STRICT_DATE);
        } catch (DateTimeParseException malformed) {
            throw VclaimRejection.badRequest("Format tglSEP tidak sesuai, gunakan yyyy-MM-dd");
        }
    }
}
