package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

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
 * One request to the Pengadilan Agama PTSP back end ({@code <pengajuan>...</pengajuan>}), parsed without
 * DTD, external entities or XInclude; a DOCTYPE is refused as a malformed message (400).
 */
final class PaRequest {

    private final Element root;

    private PaRequest(Element root) {
        this.root = root;
    }

    static PaRequest parse(byte[] body) {
        try {
            Element root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!"pengajuan".equals(root.getTagName())) {
                throw new PaRejection(PaRejection.BAD_MESSAGE, "FORMAT XML TIDAK VALID");
            }
            return new PaRequest(root);
        } catch (SAXException | java.io.IOException malformed) {
            throw new PaRejection(PaRejection.BAD_MESSAGE, "FORMAT XML TIDAK VALID");
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
            builder.setErrorHandler(null); // quiet: errors become status 30, not stderr noise
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /** The trimmed text of the child element of that name; empty when absent or blank. */
    Optional<String> optional(String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getTagName())) {
                return Optional.of(e.getTextContent().strip()).filter(t -> !t.isEmpty());
            }
        }
        return Optional.empty();
    }

    /** A mandatory field (422 when missing). */
    String required(String name) {
        return optional(name).orElseThrow(() -> PaRejection.missing(name));
    }

    /** A mandatory field matching a pattern (422 otherwise). */
    String matching(String name, String regex) {
        String value = required(name);
        if (!value.matches(regex)) {
            throw PaRejection.invalid(name);
        }
        return value;
    }
}
