package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One XML request to the Tirta Benteng back end ({@code <request>...</request>}), parsed as a
 * careful back end parses what partners send: no DTD, no external entities, no XInclude. A
 * document that declares a DOCTYPE is refused as a malformed message, never expanded.
 */
final class PdamRequest {

    private final Element root;

    private PdamRequest(Element root) {
        this.root = root;
    }

    /** Parses a body; anything but a well-formed {@code <request>} without a DTD is status 30. */
    static PdamRequest parse(byte[] body) {
        try {
            Document document = builder().parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            if (!"request".equals(root.getTagName())) {
                throw new PdamRejection(PdamRejection.BAD_MESSAGE, "FORMAT PESAN SALAH");
            }
            return new PdamRequest(root);
        } catch (SAXException | java.io.IOException malformed) {
            throw new PdamRejection(PdamRejection.BAD_MESSAGE, "FORMAT PESAN SALAH");
        }
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

    /** The trimmed text of the first child element of that name, empty when absent or blank. */
    Optional<String> optional(String name) {
        Element element = child(root, name);
        return element == null ? Optional.empty()
                : Optional.of(element.getTextContent().strip()).filter(t -> !t.isEmpty());
    }

    /** A mandatory field: missing or blank is status 31. */
    String required(String name) {
        return optional(name).orElseThrow(() -> PdamRejection.missing(name));
    }

    /** A mandatory field of digits within a length range; other content is status 32. */
    String digits(String name, int min, int max) {
        String value = required(name);
        if (!value.matches("[0-9]{" + min + "," + max + "}")) {
            throw PdamRejection.invalid(name);
        }
        return value;
    }

    /** A mandatory whole amount in rupiah. */
    long amount(String name) {
        return Long.parseLong(digits(name, 1, 12));
    }

    /** The texts of {@code <item>} elements inside {@code <list>}; empty when the list is absent. */
    List<String> list(String list, String item) {
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
