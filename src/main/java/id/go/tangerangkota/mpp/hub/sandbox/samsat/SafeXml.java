package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML reading and writing as the Samsat host does it: namespace aware, and hardened, because a
 * SOAP message must not carry a DTD (SOAP 1.1, section 3) and an entity must never make the host
 * read a file or call out. The JDK's own parser is used ({@code newDefaultInstance}), whatever
 * other parser sits on the classpath.
 */
final class SafeXml {

    private SafeXml() {
    }

    /** Parses a whole document; a DOCTYPE, malformed XML or anything unreadable is refused. */
    static Document parse(byte[] xml) throws SAXException {
        try {
            return builder().parse(new ByteArrayInputStream(xml));
        } catch (IOException impossible) {
            throw new SAXException("unreadable", impossible);
        }
    }

    /** Parses a resource of the sandbox (the WSDL). */
    static Document parse(InputStream in) throws SAXException, IOException {
        return builder().parse(in);
    }

    /** A new, empty document to build an answer in. */
    static Document newDocument() {
        return builder().newDocument();
    }

    /** The document as UTF-8 bytes with an XML declaration. */
    static byte[] write(Node node) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("answer could not be written", e);
        }
    }

    /** The text of a node, for tests and messages. */
    static String text(Node node) {
        return new String(write(node), StandardCharsets.UTF_8);
    }

    /** The first child element with this namespace and local name, or null. */
    static Element child(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())
                    && namespace.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** The trimmed text of a child element, or null when there is none. */
    static String childText(Element parent, String namespace, String localName) {
        Element child = child(parent, namespace, localName);
        return child == null ? null : child.getTextContent().strip();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The JDK parser prints errors to stderr unless told otherwise; here they become faults.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not an error
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a hardening feature", e);
        }
    }
}
