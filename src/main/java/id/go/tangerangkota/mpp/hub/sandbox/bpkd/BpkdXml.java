package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * BPKD's XML: reading a {@code <permintaan>} (no DTD, no external entities) with the field checks
 * the services share, and writing a {@code <respon>} tree. Dates are {@code dd/MM/yyyy}, as on
 * BPKD's printed SKRDs.
 */
final class BpkdXml {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private BpkdXml() {
    }

    /** A parsed request: its child elements' text by name. */
    static final class Request {
        private final Element root;

        Request(Element root) {
            this.root = root;
        }

        Optional<String> optional(String name) {
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    return Optional.of(e.getTextContent().strip()).filter(v -> !v.isEmpty());
                }
            }
            return Optional.empty();
        }

        String text(String name) {
            return optional(name).orElseThrow(() -> new BpkdRejection(BpkdRejection.INVALID,
                    "DATA " + name.toUpperCase(java.util.Locale.ROOT) + " WAJIB DIISI"));
        }

        String text(String name, String pattern) {
            String value = text(name);
            if (!value.matches(pattern)) {
                throw BpkdRejection.invalid(name);
            }
            return value;
        }

        LocalDate date(String name) {
            try {
                return LocalDate.parse(text(name), DATE);
            } catch (DateTimeParseException e) {
                throw BpkdRejection.invalid(name);
            }
        }
    }

    /** Parses a {@code <permintaan>}; anything else, or a DTD, is kode 30. */
    static Request parse(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!"permintaan".equals(root.getTagName())) {
                throw new BpkdRejection(BpkdRejection.MALFORMED, "FORMAT PERMINTAAN TIDAK DIKENALI");
            }
            return new Request(root);
        } catch (BpkdRejection rejection) {
            throw rejection;
        } catch (Exception malformed) {
            throw new BpkdRejection(BpkdRejection.MALFORMED, "FORMAT PERMINTAAN TIDAK DIKENALI");
        }
    }

    /** An element to write: a leaf with text or a parent with children. */
    static final class Out {
        private final String name;
        private final String text;
        private final List<Out> children = new ArrayList<>();

        Out(String name) {
            this(name, null);
        }

        private Out(String name, String text) {
            this.name = name;
            this.text = text;
        }

        Out leaf(String child, Object value) {
            children.add(new Out(child, value == null ? "" : String.valueOf(value)));
            return this;
        }

        Out add(Out child) {
            children.add(child);
            return this;
        }

        byte[] toBytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                XMLStreamWriter w = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
                w.writeStartDocument("UTF-8", "1.0");
                write(w);
                w.writeEndDocument();
                w.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return bytes.toByteArray();
        }

        private void write(XMLStreamWriter w) throws XMLStreamException {
            w.writeStartElement(name);
            if (text != null) {
                w.writeCharacters(text);
            }
            for (Out child : children) {
                child.write(w);
            }
            w.writeEndElement();
        }
    }
}
