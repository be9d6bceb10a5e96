package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One XML request to a simulated back end ({@code <root>field...</root>}), parsed as a careful back
 * end parses what partners send: no DTD, no external entities, no XInclude. A document that
 * declares a DOCTYPE is refused as a malformed message, never expanded. What is refused, and in
 * which words, is the agency's: it comes from the {@link Refusals} the request is parsed with.
 */
public final class XmlRequest {

    /**
     * How one agency refuses a request it cannot use, in its own codes and messages.
     *
     * @param malformed not well-formed, a DOCTYPE, or another root element
     * @param missing a mandatory field absent or blank
     * @param invalid a field present but not in the expected form
     */
    public record Refusals(Supplier<AgencyRejection> malformed, Function<String, AgencyRejection> missing,
            Function<String, AgencyRejection> invalid) {
    }

    private final Element root;
    private final Refusals refusals;

    private XmlRequest(Element root, Refusals refusals) {
        this.root = root;
        this.refusals = refusals;
    }

    /** Parses a body; anything but a well-formed {@code <rootTag>} without a DTD is refused. */
    public static XmlRequest parse(byte[] body, String rootTag, Refusals refusals) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException malformed) {
            throw refusals.malformed().get();
        }
        if (!rootTag.equals(root.getTagName())) {
            throw refusals.malformed().get();
        }
        return new XmlRequest(root, refusals);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Quiet: the JDK parser would print fatal errors to stderr before throwing.
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /** The trimmed text of the first child element of that name; empty when absent or blank. */
    public Optional<String> optional(String name) {
        Element element = child(root, name);
        return element == null ? Optional.empty()
                : Optional.of(element.getTextContent().strip()).filter(t -> !t.isEmpty());
    }

    /** A mandatory field: missing or blank is the agency's "missing" refusal. */
    public String required(String name) {
        return optional(name).orElseThrow(() -> refusals.missing().apply(name));
    }

    /** A mandatory field matching a pattern; other content is the agency's "invalid" refusal. */
    public String matching(String name, String regex) {
        String value = required(name);
        if (!value.matches(regex)) {
            throw refusals.invalid().apply(name);
        }
        return value;
    }

    /** A mandatory field of digits within a length range. */
    public String digits(String name, int min, int max) {
        return matching(name, "[0-9]{" + min + "," + max + "}");
    }

    /** A mandatory whole amount in rupiah (at most 12 digits). */
    public long amount(String name) {
        return Long.parseLong(digits(name, 1, 12));
    }

    /** The texts of {@code <item>} elements inside {@code <list>}; empty when the list is absent. */
    public List<String> list(String list, String item) {
        List<String> values = new ArrayList<>();
        Element container = child(root, list);
        if (container == null) {
            return values;
        }
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && item.equals(e.getTagName())) {
                values.add(e.getTextContent().strip());
            }
        }
        return values;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return e;
            }
        }
        return null;
    }
}
