package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * One case as the case-tracking system (SIPP) keeps it.
 *
 * @param nomorPerkara    e.g. {@code 0412/Pdt.P/2026/PA.Tng}
 * @param klasifikasi     e.g. Penetapan Ahli Waris, Cerai Gugat
 * @param tanggalDaftar   day of registration
 * @param tahapan         the last stage reached (SIPP's words)
 * @param tanggalTahapan  day of that stage
 * @param statusPerkara   PROSES, PUTUS or BHT (berkekuatan hukum tetap)
 * @param tanggalPutusan  day of the decision, null while pending
 * @param sidangBerikutnya next hearing, null when none is set
 * @param agendaSidang    what the next hearing is for
 * @param parties         NIKs of the parties (never answered, only checked)
 */
record CourtCase(String nomorPerkara, String klasifikasi, LocalDate tanggalDaftar, String tahapan,
        LocalDate tanggalTahapan, String statusPerkara, LocalDate tanggalPutusan, LocalDateTime sidangBerikutnya,
        String agendaSidang, Set<String> parties) {
}
