package id.go.tangerangkota.mpp.hub.protocol.restxml;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses what an agency answered as XML without trusting it: a document with a DOCTYPE is
 * refused outright (no DTD, so no external entities, no entity expansion bombs), external
 * resources are never fetched and XInclude is off. The mapping then reads the parsed tree, so
 * the XSLT processor never parses agency text itself.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    /** Thrown when the text is not a well-formed XML document without DTD. */
    public static final class RefusedXml extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedXml(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param xml the agency's answer
     * @return the parsed document
     * @throws RefusedXml when it is malformed or declares a DTD
     */
    public static Document parse(String xml) throws RefusedXml {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            // Quiet: the JDK parser would print fatal errors to stderr before throwing.
            builder.setErrorHandler(null);
            // Never resolve anything, should a future parser ignore the features above.
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new RefusedXml("not a well-formed XML document without DTD", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
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
            return factory;
        } catch (ParserConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
