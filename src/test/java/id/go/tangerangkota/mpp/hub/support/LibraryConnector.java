package id.go.tangerangkota.mpp.hub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connector of the fictitious library agency ({@link LibraryBackend}) as its IT team writes it:
 * {@code connectors/_template/} filled in with its names, paths and header, and the mappings of
 * {@code src/test/resources/kit/dispusip/} in place of the template's.
 */
public final class LibraryConnector {

    private LibraryConnector() {
    }

    /** The template's descriptor filled in for a library agency of this slug. */
    public static String descriptor(Path connectors, String slug) throws IOException {
        String template = Files.readString(connectors.resolve("_template/connector.yaml"));
        String filled = template
                .replace("nama-instansi", slug)
                .replace("Nama Lengkap Instansi Kota Tangerang", "Dinas Perpustakaan dan Kearsipan Kota Tangerang")
                .replace("Singkatan Instansi", "Dispusip")
                .replace("path: /status", "path: /anggota/cek")
                .replace("path: /pendaftaran", "path: /anggota/daftar")
                .replace("X-Api-Key", "X-Pustaka-Key")
                .replace("status-check", "member-status")
                .replace("Cek Status Layanan", "Cek Keanggotaan Perpustakaan")
                .replace("id: registration", "id: membership")
                .replace(slug + "/registration.", slug + "/membership.")
                .replace("Pendaftaran Layanan", "Pendaftaran Anggota Perpustakaan")
                // The library's small server recovers fast: a short wait before the circuit's trial call.
                .replace("  timeoutMs: 5000\n", "  timeoutMs: 5000\n  circuitBreaker: {waitInOpenMs: 2000}\n");
        assertThat(filled).doesNotContain("nama-instansi").doesNotContain("registration.").contains("waitInOpenMs: 2000");
        return filled;
    }

    /** Writes the whole connector of a library agency: descriptor and mappings with their samples. */
    public static void install(Path connectors, Path mappings, String slug, String descriptor) throws IOException {
        Files.createDirectories(connectors.resolve(slug));
        Files.writeString(connectors.resolve(slug).resolve("connector.yaml"), descriptor);
        FileTrees.copy(Path.of("src/test/resources/kit/dispusip"), mappings.resolve(slug));
    }
}
