package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.util.List;

/**
 * A Tirta Benteng customer (pelanggan): one connection, owned by one citizen (by NIK), with its
 * tariff class, pipe size and the bills of the last months.
 *
 * @param custId    10 digits: kecamatan code, zone, serial
 * @param nik       the owner's NIK
 * @param name      the owner's name as on the connection
 * @param address   street and RT/RW
 * @param kelurahan kelurahan
 * @param kecamatan kecamatan
 * @param gol       tariff class (golongan), S1 ... P1
 * @param pipeSize  connection size in inches, e.g. {@code 1/2}
 * @param bills     the seeded bills, oldest first
 */
public record Customer(String custId, String nik, String name, String address, String kelurahan, String kecamatan,
        String gol, String pipeSize, List<Bill> bills) {

    /** Copies the bills. */
    public Customer {
        bills = List.copyOf(bills);
    }

    /** The full address as printed on the bill. */
    public String fullAddress() {
        return address + " " + kelurahan + " " + kecamatan;
    }
}
