package id.go.tangerangkota.mpp.hub.sandbox.taspen;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One {@code <permintaan>} sent to the Taspen partner service, parsed as a careful back end parses
 * what partners send: no DTD, no external entities, no XInclude. Anything else is kode 13.
 */
final class TaspenRequest {

    private final Element root;

    private TaspenRequest(Element root) {
        this.root = root;
    }

    static TaspenRequest parse(byte[] body) {
        try {
            Element root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!"permintaan".equals(root.getTagName())) {
                throw TaspenRejection.invalid("permintaan");
            }
            return new TaspenRequest(root);
        } catch (SAXException | java.io.IOException malformed) {
            throw new TaspenRejection(400, "13", "FORMAT PESAN TIDAK VALID");
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
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

    /** A nested element as a request of its own, empty when absent. */
    Optional<TaspenRequest> nested(String name) {
        return Optional.ofNullable(child(root, name)).map(TaspenRequest::new);
    }

    /** The trimmed text of a child element, empty when absent or blank. */
    Optional<String> optional(String name) {
        Element element = child(root, name);
        return element == null ? Optional.empty()
                : Optional.of(element.getTextContent().strip()).filter(t -> !t.isEmpty());
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> TaspenRejection.missing(name));
    }

    String digits(String name, int length) {
        String value = required(name);
        if (!value.matches("[0-9]{" + length + "}")) {
            throw TaspenRejection.invalid(name);
        }
        return value;
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
