package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * The sections of {@code GET /test-data}, one per simulated agency: each back end registers the
 * identifiers worth sending to it (known NIKs, customer ids, plates...), so people and tests find
 * them in one place. Sections are listed by agency slug, in alphabetical order.
 */
public final class TestDataSections {

    private final Map<String, Supplier<?>> sections = new ConcurrentSkipListMap<>();

    /**
     * Adds an agency's section.
     *
     * @param agency  the agency slug, e.g. {@code disdukcapil}
     * @param section builds the section's JSON-ready value (maps, lists, strings, numbers)
     * @throws IllegalArgumentException when the agency already has a section
     */
    public void register(String agency, Supplier<?> section) {
        Objects.requireNonNull(section, "section");
        if (sections.putIfAbsent(Objects.requireNonNull(agency, "agency"), section) != null) {
            throw new IllegalArgumentException("test data for " + agency + " is already registered");
        }
    }

    /** Every section, built now. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
        sections.forEach((agency, section) -> snapshot.put(agency, section.get()));
        return snapshot;
    }
}
