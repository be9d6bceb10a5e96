package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import org.jpos.iso.ISOException;
import org.jpos.iso.packager.GenericPackager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the agency files a request mapping names, from the mappings location (like the mappings
 * themselves): jPOS GenericPackager definitions ({@code <agency>/<name>.packager.xml}) and field
 * layouts ({@code <agency>/<name>.layout.json}). Each is read once and kept.
 */
@Component("iso8583Files")
public class ProtocolFiles {

    /** The same shape as a mapping reference: one folder, one file, no way out of the mappings. */
    private static final Pattern REFERENCE = Pattern.compile("^[a-z0-9-]+/[a-z0-9.-]+$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResourceLoader resources;
    private final ConnectorLocations locations;
    private final ConcurrentHashMap<String, GenericPackager> packagers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, FieldLayout> layouts = new ConcurrentHashMap<>();

    public ProtocolFiles(ResourceLoader resources, ConnectorLocations locations) {
        this.resources = resources;
        this.locations = locations;
    }

    /**
     * @param reference e.g. {@code pln/h2h.packager.xml}
     * @throws IllegalArgumentException when the file is missing or not a packager definition
     */
    public GenericPackager packager(String reference) {
        return packagers.computeIfAbsent(checked(reference), ref -> {
            try (InputStream in = open(ref)) {
                return new GenericPackager(in);
            } catch (IOException | ISOException e) {
                throw new IllegalArgumentException("packager " + ref + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    /**
     * @param reference e.g. {@code pln/postpaid-bit48.layout.json}
     * @throws IllegalArgumentException when the file is missing or not a valid layout
     */
    public FieldLayout layout(String reference) {
        return layouts.computeIfAbsent(checked(reference), ref -> {
            try (InputStream in = open(ref)) {
                return FieldLayout.parse(JSON.readTree(in));
            } catch (IOException e) {
                throw new IllegalArgumentException("layout " + ref + " cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private InputStream open(String reference) throws IOException {
        Resource resource = resources.getResource(locations.mapping(reference));
        if (!resource.exists()) {
            throw new IOException("mappings/" + reference + " does not exist");
        }
        return resource.getInputStream();
    }

    private static String checked(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("'" + reference + "' is not a file under mappings/ (agency/file)");
        }
        return reference;
    }
}
