package id.go.tangerangkota.mpp.hub.protocol.soap;

import id.go.tangerangkota.mpp.hub.protocol.xml.JsonAsXml;
import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import id.go.tangerangkota.mpp.hub.protocol.AgencyAnswers;
import id.go.tangerangkota.mpp.hub.protocol.AgencyFailures;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.rt.security.SecurityConstants;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Java half of the {@code soap} kamelet: turns the envelope into what the XSLT request
 * mapping reads, the mapping's XML into a Camel CXF payload with the call's settings, and CXF's
 * answer or fault into the XML the response mapping reads.
 *
 * <p>Security follows the WSDL: its WS-SecurityPolicy says which token the service wants (e.g. a
 * UsernameToken with a password digest) and CXF builds it; this class only hands CXF the
 * connector's secrets {@code credentials.username} and {@code credentials.password}, per call.
 */
@Component("soapCall")
public class SoapCall {

    /** Exchange properties the kamelet sets or reads. */
    public static final String OPERATION = "mppSoapOperation";
    public static final String TIMEOUT_MS = "mppTimeoutMs";
    public static final String WSDL = "mppSoapWsdl";
    public static final String SERVICE = "mppSoapService";
    public static final String PORT = "mppSoapPort";

    static final String SOAP_ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    /** Gateway answers that mean the agency's host is down, not that it refused. */
    private static final List<Integer> UNAVAILABLE = List.of(502, 503, 504);

    private final SoapContracts contracts;

    public SoapCall(SoapContracts contracts) {
        this.contracts = contracts;
    }

    /** The JSON envelope (body) as its XPath 3.1 XML representation, for the request mapping. */
    public void envelopeAsXml(Exchange exchange) {
        exchange.getMessage().setBody(JsonAsXml.convert(exchange.getMessage().getBody(String.class)));
    }

    /**
     * Prepares the CXF call: the mapping's output becomes the SOAP body; nothing of the counter's
     * call stays in the headers (CXF would send them as HTTP headers); the operation, credentials and
     * time limits go in the ways CXF reads them; the WSDL's coordinates go in properties for the
     * endpoint URI.
     */
    public void prepare(Exchange exchange) {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Message message = exchange.getMessage();
        Element payload;
        try {
            payload = SafeXml.parse(message.getBody(String.class)).getDocumentElement();
        } catch (IllegalArgumentException e) {
            throw AgencyFailures.agencyError(slug, agency, "the connector's request mapping gave no XML");
        }
        SoapOperation operation = contracts.operation(slug, exchange.getProperty(OPERATION, String.class));
        JsonNode credentials = exchange.getProperty(FlowKeys.ENVELOPE, JsonNode.class).path("credentials");
        long timeout = exchange.getProperty(TIMEOUT_MS, 5000L, Long.class);

        Map<String, Object> requestContext = new HashMap<>();
        requestContext.put(SecurityConstants.USERNAME, credentials.path("username").asText(null));
        requestContext.put(SecurityConstants.PASSWORD, credentials.path("password").asText(null));
        requestContext.put(org.apache.cxf.message.Message.CONNECTION_TIMEOUT, timeout);
        requestContext.put(org.apache.cxf.message.Message.RECEIVE_TIMEOUT, timeout);
        // Plain HTTP/1.1: legacy hosts and their proxies trip over an h2c upgrade offer.
        requestContext.put(HTTPConduit.FORCE_HTTP_VERSION, "1.1");

        message.removeHeaders("*");
        message.setHeader(CxfConstants.OPERATION_NAME, operation.operation().getLocalPart());
        message.setHeader(CxfConstants.OPERATION_NAMESPACE, operation.operation().getNamespaceURI());
        message.setHeader(CxfConstants.REQUEST_CONTEXT, requestContext);
        exchange.setProperty(WSDL, operation.wsdlUrl());
        exchange.setProperty(SERVICE, operation.serviceName());
        exchange.setProperty(PORT, operation.portName());
        List<Source> body = new ArrayList<>();
        body.add(new DOMSource(payload));
        message.setBody(new CxfPayload<SoapHeader>(new ArrayList<>(), body, null));
    }

    /** The answer's body element, alone in a fresh document, for the response mapping. */
    public void answer(Exchange exchange) {
        Message message = exchange.getMessage();
        @SuppressWarnings("unchecked")
        CxfPayload<SoapHeader> payload = message.getBody(CxfPayload.class);
        List<Element> elements = payload == null ? List.of() : payload.getBody();
        message.removeHeaders("*");
        if (elements.isEmpty()) {
            throw AgencyFailures.agencyError(exchange.getProperty(FlowKeys.AGENCY, String.class),
                    exchange.getProperty(FlowKeys.AGENCY_NAME, String.class), "an empty SOAP answer");
        }
        if (textLength(elements.get(0)) > AgencyAnswers.MAX_CHARS) {
            throw AgencyFailures.agencyError(exchange.getProperty(FlowKeys.AGENCY, String.class),
                    exchange.getProperty(FlowKeys.AGENCY_NAME, String.class),
                    "its answer is larger than the hub accepts (" + AgencyAnswers.MAX_CHARS + " characters)");
        }
        message.setBody(alone(elements.get(0)));
    }

    /**
     * Characters of text and attributes under a node. CXF's reader limits depth and element counts
     * but lets a text of many megabytes through; the mapping must not get one.
     */
    static long textLength(Node node) {
        long length = node.getNodeValue() == null ? 0 : node.getNodeValue().length();
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                length += node.getAttributes().item(i).getNodeValue().length();
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            length += textLength(child);
        }
        return length;
    }

    /**
     * What went wrong in the call. A SOAP fault the agency sent becomes a {@code soapenv:Fault}
     * document for the response mapping to classify; a network failure is rethrown as the
     * {@link IOException} it is (the agency-call route answers it 503); an answer that is not
     * acceptable SOAP (malformed, a DTD, HTML) is an agency error.
     */
    public void fault(Exchange exchange) throws IOException {
        String slug = exchange.getProperty(FlowKeys.AGENCY, String.class);
        String agency = exchange.getProperty(FlowKeys.AGENCY_NAME, String.class);
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.getMessage().removeHeaders("*");
        if (caught instanceof HubProblem refused) {
            // Already the agency's problem (an answer refused by answer()): keep its reason.
            throw refused;
        }
        if (cause(caught, XMLStreamException.class) != null) {
            throw AgencyFailures.agencyError(slug, agency,
                    "its answer is not acceptable SOAP (malformed XML or a DTD) and was refused");
        }
        SoapFault fault = cause(caught, SoapFault.class);
        if (fault != null) {
            exchange.getMessage().setBody(faultDocument(fault));
            return;
        }
        HTTPException http = cause(caught, HTTPException.class);
        if (http != null && !UNAVAILABLE.contains(http.getResponseCode())) {
            throw AgencyFailures.agencyError(slug, agency, "HTTP " + http.getResponseCode() + " without a SOAP answer");
        }
        IOException network = cause(caught, IOException.class);
        if (network != null) {
            throw network;
        }
        throw AgencyFailures.agencyError(slug, agency, "the SOAP call failed");
    }

    /**
     * A SOAP 1.1 fault as the response mapping reads it: {@code faultcode} with its prefix bound,
     * {@code faultstring}, and {@code detail} when the agency sent one.
     */
    static Document faultDocument(SoapFault fault) {
        Document doc = SafeXml.newDocument();
        Element root = doc.createElementNS(SOAP_ENVELOPE_NS, "soapenv:Fault");
        doc.appendChild(root);
        QName code = fault.getFaultCode();
        Element faultCode = doc.createElementNS(null, "faultcode");
        if (code == null) {
            faultCode.setTextContent("soapenv:Server");
        } else if (SOAP_ENVELOPE_NS.equals(code.getNamespaceURI())) {
            faultCode.setTextContent("soapenv:" + code.getLocalPart());
        } else if (code.getNamespaceURI().isEmpty()) {
            faultCode.setTextContent(code.getLocalPart());
        } else {
            faultCode.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:code", code.getNamespaceURI());
            faultCode.setTextContent("code:" + code.getLocalPart());
        }
        root.appendChild(faultCode);
        Element faultString = doc.createElementNS(null, "faultstring");
        faultString.setTextContent(fault.getReason() == null ? "" : fault.getReason());
        root.appendChild(faultString);
        if (fault.getRole() != null) {
            Element actor = doc.createElementNS(null, "faultactor");
            actor.setTextContent(fault.getRole());
            root.appendChild(actor);
        }
        if (fault.hasDetails()) {
            Element detail = doc.createElementNS(null, "detail");
            for (Node n = fault.getDetail().getFirstChild(); n != null; n = n.getNextSibling()) {
                detail.appendChild(doc.importNode(n, true));
            }
            root.appendChild(detail);
        }
        return doc;
    }

    private static Document alone(Element element) {
        Document doc = SafeXml.newDocument();
        doc.appendChild(doc.importNode(element, true));
        return doc;
    }

    /** The first exception of this type in the cause chain, or null. */
    static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
