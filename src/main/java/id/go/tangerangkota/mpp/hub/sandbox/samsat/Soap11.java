package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP 1.1 envelopes and faults as the Samsat host writes them, and the namespaces it knows. */
final class Soap11 {

    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP12_ENVELOPE_NS = "http://www.w3.org/2003/05/soap-envelope";
    static final String WSSE_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String WSU_NS = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    /** The service's own namespace (connectors/samsat/samsat-pkb.wsdl). */
    static final String PKB_NS = "urn:bapenda-banten:samsat:pkb:1";
    /** SOAP 1.1 over HTTP: text/xml (SOAP 1.2 would be application/soap+xml). */
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    private Soap11() {
    }

    /** An envelope whose body holds the given answer element (copied in). */
    static Document envelope(Element payload) {
        Document doc = SafeXml.newDocument();
        Element envelope = doc.createElementNS(ENVELOPE_NS, "soapenv:Envelope");
        doc.appendChild(envelope);
        envelope.appendChild(doc.createElementNS(ENVELOPE_NS, "soapenv:Header"));
        Element body = doc.createElementNS(ENVELOPE_NS, "soapenv:Body");
        envelope.appendChild(body);
        body.appendChild(doc.importNode(payload, true));
        return doc;
    }

    /** An envelope holding the fault; a WS-Security code gets the wsse prefix declared. */
    static Document fault(SoapFault fault) {
        Document doc = SafeXml.newDocument();
        Element envelope = doc.createElementNS(ENVELOPE_NS, "soapenv:Envelope");
        doc.appendChild(envelope);
        Element body = doc.createElementNS(ENVELOPE_NS, "soapenv:Body");
        envelope.appendChild(body);
        Element faultElement = doc.createElementNS(ENVELOPE_NS, "soapenv:Fault");
        body.appendChild(faultElement);
        // faultcode and faultstring are unqualified in SOAP 1.1.
        Element code = doc.createElementNS(null, "faultcode");
        String prefix = ENVELOPE_NS.equals(fault.codeNamespace()) ? "soapenv" : "wsse";
        if (!ENVELOPE_NS.equals(fault.codeNamespace())) {
            code.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsse", fault.codeNamespace());
        }
        code.setTextContent(prefix + ":" + fault.codeLocalName());
        faultElement.appendChild(code);
        Element string = doc.createElementNS(null, "faultstring");
        string.setTextContent(fault.getMessage());
        faultElement.appendChild(string);
        return doc;
    }

    /** A new answer element of the service, e.g. {@code pkb:InquiryPKBResponse}. */
    static Element answer(String localName) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(PKB_NS, "pkb:" + localName);
        doc.appendChild(root);
        return root;
    }

    /** Appends {@code <pkb:name>text</pkb:name>} to the parent and returns it. */
    static Element add(Element parent, String localName, Object text) {
        Element child = parent.getOwnerDocument().createElementNS(PKB_NS, "pkb:" + localName);
        if (text != null) {
            child.setTextContent(String.valueOf(text));
        }
        parent.appendChild(child);
        return child;
    }
}
