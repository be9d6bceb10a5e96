package id.go.tangerangkota.mpp.hub.protocol.xml;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The hub's only way to parse XML text: namespace aware, no DTD at all (so no entity, internal or
 * external, can expand or fetch anything), no XInclude, the JDK's own parser whatever else is on
 * the classpath. It parses the XML answers of rest-xml agencies before a mapping reads them (so the
 * XSLT processor never parses agency text itself), what the mappings produce, and the connectors'
 * WSDLs; SOAP answers are parsed by CXF's equally hardened StAX reader.
 */
public final class SafeXml {

    /** Deepest element nesting accepted: far above any agency's answer or connector's WSDL. */
    static final int MAX_ELEMENT_DEPTH = 100;

    private SafeXml() {
    }

    /**
     * Parses XML text.
     *
     * @throws IllegalArgumentException when it is not well formed or carries a DTD
     */
    public static Document parse(String xml) {
        try {
            return builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not acceptable XML: " + e.getMessage(), e);
        }
    }

    /** An empty document. */
    public static Document newDocument() {
        return builder().newDocument();
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
            // Secure processing limits entities, names and attributes but not depth: a deeply nested
            // answer would overflow the stack of a stylesheet that walks it.
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth",
                    String.valueOf(MAX_ELEMENT_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Errors become exceptions, not lines on stderr.
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
