package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.RequestLedger;
import id.go.tangerangkota.mpp.hub.sandbox.XmlElement;
import id.go.tangerangkota.mpp.hub.sandbox.XmlRequest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * What the two customer-service applications share: the partner's reference ({@code no_ref}, the
 * hub's request id; a known one answers its first answer and registers nothing new), numbering,
 * and the survey date (three working days on). Check and register happen under the customers'
 * lock, like payments.
 */
abstract class ApplicationService implements PdamService {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");
    private static final int MAX_REF = 64;

    protected final Customers customers;
    protected final RequestLedger<XmlElement> applications;
    protected final Clock clock;

    ApplicationService(Customers customers, RequestLedger<XmlElement> applications, Clock clock) {
        this.customers = customers;
        this.applications = applications;
        this.clock = clock;
    }

    /** SAMBUNGAN_BARU or PENAMBAHAN_KAPASITAS, as the answer's {@code <jenis>}. */
    abstract String kind();

    /** The prefix of the registration number, e.g. SB. */
    abstract String prefix();

    /** Checks a new application; throws the refusal. */
    abstract void check(XmlRequest request, String nik);

    @Override
    public void observe(XmlRequest request) {
        request.optional("no_ref").ifPresent(applications::recordCall);
    }

    @Override
    public final XmlElement answer(XmlRequest request) {
        String ref = request.required("no_ref");
        if (ref.length() > MAX_REF) {
            throw PdamRejection.invalid("no_ref");
        }
        String nik = request.digits("nik", 16, 16);
        synchronized (customers) {
            var earlier = applications.earlier(ref, kind(), nik);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            check(request, nik);
            LocalDate today = LocalDate.now(clock);
            String number = String.format("%s-%s-%06d", prefix(), MONTH.format(today), applications.nextSequence());
            XmlElement answer = PdamService.success("PERMOHONAN DITERIMA");
            answer.child("permohonan")
                    .leaf("no_ref", ref)
                    .leaf("no_registrasi", number)
                    .leaf("jenis", kind())
                    .leaf("tgl_daftar", BillInquiryService.DATE.format(today))
                    .leaf("jadwal_survei", BillInquiryService.DATE.format(workingDaysAfter(today, 3)))
                    .leaf("status_permohonan", "MENUNGGU SURVEI");
            applications.remember(ref, kind(), nik, answer);
            return answer;
        }
    }

    static LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        LocalDate date = day;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
