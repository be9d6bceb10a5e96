package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The provider's application numbers (<em>invented</em>, in the shape of VClaim's SEP numbers:
 * branch code, channel, MMyy, a type letter, a sequence), e.g. {@code 0414RMPP1126D000001}.
 */
final class ApplicationNumbers {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMyy");

    private ApplicationNumbers() {
    }

    /**
     * @param type D data correction, F FKTP change
     */
    static String of(char type, LocalDate date, int sequence) {
        return String.format("0414RMPP%s%c%06d", MONTH_YEAR.format(date), type, sequence);
    }
}
