package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The service's WSDL ({@code connectors/samsat/samsat-pkb.wsdl}, on the classpath) as the host
 * enforces it: the XML Schema every request and answer must satisfy, and which body element
 * belongs to which operation and SOAPAction.
 */
final class PkbContract {

    /** Where the WSDL is packaged (the connectors folder travels inside the jar). */
    static final String WSDL_RESOURCE = "connectors/samsat/samsat-pkb.wsdl";
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";
    private static final String WSDL_SOAP_NS = "http://schemas.xmlsoap.org/wsdl/soap/";

    private final byte[] wsdl;
    private final Schema schema;
    /** Operation by the local name of its request element. */
    private final Map<String, Operation> byRequestElement;

    private PkbContract(byte[] wsdl, Schema schema, Map<String, Operation> byRequestElement) {
        this.wsdl = wsdl;
        this.schema = schema;
        this.byRequestElement = Map.copyOf(byRequestElement);
    }

    /** One operation of the binding. */
    record Operation(String name, String soapAction, String requestElement) {
    }

    /** Reads the packaged WSDL; a missing or broken one is a defect of the build. */
    static PkbContract load() {
        try (InputStream in = PkbContract.class.getClassLoader().getResourceAsStream(WSDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(WSDL_RESOURCE + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            Document doc = SafeXml.parse(bytes);
            Element schemaElement = (Element) doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema")
                    .item(0);
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Schema schema = factory.newSchema(new DOMSource(schemaElement));
            return new PkbContract(bytes, schema, operations(doc));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException(WSDL_RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The WSDL as published at {@code ?wsdl}. */
    byte[] wsdl() {
        return wsdl.clone();
    }

    /** The operation whose request element this is, if any. */
    Optional<Operation> operationFor(Element requestElement) {
        if (!Soap11.PKB_NS.equals(requestElement.getNamespaceURI())) {
            return Optional.empty();
        }
        return Optional.ofNullable(byRequestElement.get(requestElement.getLocalName()));
    }

    /**
     * Validates an element against the schema.
     *
     * @return the first problem, in the parser's words, or empty when valid
     */
    Optional<String> problemWith(Element element) {
        Validator validator = schema.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new DOMSource(element));
            return Optional.empty();
        } catch (SAXParseException invalid) {
            return Optional.of(invalid.getMessage());
        } catch (SAXException | IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Binding operation, its SOAPAction, and (through portType and message) its request element. */
    private static Map<String, Operation> operations(Document doc) {
        Map<String, String> messageElement = new LinkedHashMap<>();
        NodeList messages = doc.getElementsByTagNameNS(WSDL_NS, "message");
        for (int i = 0; i < messages.getLength(); i++) {
            Element message = (Element) messages.item(i);
            Element part = (Element) message.getElementsByTagNameNS(WSDL_NS, "part").item(0);
            messageElement.put(message.getAttribute("name"), localPart(part.getAttribute("element")));
        }
        Map<String, String> inputMessage = new LinkedHashMap<>();
        Element portType = (Element) doc.getElementsByTagNameNS(WSDL_NS, "portType").item(0);
        NodeList portOperations = portType.getElementsByTagNameNS(WSDL_NS, "operation");
        for (int i = 0; i < portOperations.getLength(); i++) {
            Element operation = (Element) portOperations.item(i);
            Element input = (Element) operation.getElementsByTagNameNS(WSDL_NS, "input").item(0);
            inputMessage.put(operation.getAttribute("name"), localPart(input.getAttribute("message")));
        }
        Map<String, Operation> byElement = new LinkedHashMap<>();
        Element binding = (Element) doc.getElementsByTagNameNS(WSDL_NS, "binding").item(0);
        NodeList bindingOperations = binding.getElementsByTagNameNS(WSDL_NS, "operation");
        for (int i = 0; i < bindingOperations.getLength(); i++) {
            Element operation = (Element) bindingOperations.item(i);
            String name = operation.getAttribute("name");
            Element soapOperation = (Element) operation.getElementsByTagNameNS(WSDL_SOAP_NS, "operation").item(0);
            String element = messageElement.get(inputMessage.get(name));
            byElement.put(element, new Operation(name, soapOperation.getAttribute("soapAction"), element));
        }
        return byElement;
    }

    private static String localPart(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
