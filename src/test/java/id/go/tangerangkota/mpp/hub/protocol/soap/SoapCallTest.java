package id.go.tangerangkota.mpp.hub.protocol.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URL;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.tangerangkota.mpp.hub.api.HubProblem;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import id.go.tangerangkota.mpp.hub.connector.FlowKeys;
import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Java half of the soap kamelet: what goes to CXF, and what CXF's failures become. */
class SoapCallTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private final SoapCall soap = new SoapCall(new SoapContracts(
            new ConnectorLocations("file:connectors", "file:mappings", "file:routes/kamelets"),
            new PathMatchingResourcePatternResolver()));

    private static Exchange exchange() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(FlowKeys.AGENCY, "samsat");
        exchange.setProperty(FlowKeys.AGENCY_NAME, "Samsat");
        return exchange;
    }

    @Test
    void prepareSendsThePayloadTheOperationAndTheSecretsAndNothingOfTheCounter() throws Exception {
        Exchange exchange = exchange();
        exchange.setProperty(SoapCall.OPERATION, "InquiryPKB");
        exchange.setProperty(SoapCall.TIMEOUT_MS, "15000");
        exchange.setProperty(FlowKeys.ENVELOPE, new ObjectMapper().readTree(
                "{\"credentials\":{\"username\":\"u\",\"password\":\"p\"}}"));
        exchange.getMessage().setHeader("X-API-Key", "counter-key");
        exchange.getMessage().setBody("<p:InquiryPKBRequest xmlns:p=\"urn:bapenda-banten:samsat:pkb:1\"/>");

        soap.prepare(exchange);

        var headers = exchange.getMessage().getHeaders();
        assertThat(headers).doesNotContainKey("X-API-Key")
                .containsEntry(CxfConstants.OPERATION_NAME, "InquiryPKB")
                .containsEntry(CxfConstants.OPERATION_NAMESPACE, "urn:bapenda-banten:samsat:pkb:1");
        @SuppressWarnings("unchecked")
        var context = (java.util.Map<String, Object>) headers.get(CxfConstants.REQUEST_CONTEXT);
        assertThat(context).containsEntry("security.username", "u").containsEntry("security.password", "p")
                .containsEntry(org.apache.cxf.message.Message.RECEIVE_TIMEOUT, 15000L);
        assertThat(exchange.getProperty(SoapCall.SERVICE, String.class))
                .isEqualTo("{urn:bapenda-banten:samsat:pkb:1}PkbService");
        CxfPayload<?> payload = exchange.getMessage().getBody(CxfPayload.class);
        assertThat(payload.getBody().get(0).getLocalName()).isEqualTo("InquiryPKBRequest");
    }

    @Test
    void aWsSecurityFaultBecomesAFaultDocumentWithItsCodeResolvable() throws Exception {
        Exchange exchange = exchange();
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new SoapFault(
                "The security token could not be authenticated or authorized", new QName(WSSE, "FailedAuthentication")));

        soap.fault(exchange);

        Document fault = exchange.getMessage().getBody(Document.class);
        Element code = (Element) fault.getElementsByTagName("faultcode").item(0);
        String text = code.getTextContent();
        assertThat(fault.getDocumentElement().getLocalName()).isEqualTo("Fault");
        assertThat(code.lookupNamespaceURI(text.substring(0, text.indexOf(':')))).isEqualTo(WSSE);
        assertThat(text).endsWith(":FailedAuthentication");
        assertThat(fault.getElementsByTagName("faultstring").item(0).getTextContent())
                .isEqualTo("The security token could not be authenticated or authorized");
    }

    @Test
    void aSoapEnvelopeCodeKeepsTheSoapenvPrefix() {
        Document fault = SoapCall.faultDocument(new SoapFault("down", new QName(SoapCall.SOAP_ENVELOPE_NS, "Server")));

        assertThat(fault.getElementsByTagName("faultcode").item(0).getTextContent()).isEqualTo("soapenv:Server");
    }

    @Test
    void anUnreadableAnswerIsAnAgencyErrorNotAFault() {
        Exchange exchange = exchange();
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new SoapFault("Error reading XMLStreamReader",
                new XMLStreamException("Received event DTD"), new QName(SoapCall.SOAP_ENVELOPE_NS, "Client")));

        assertThatThrownBy(() -> soap.fault(exchange)).isInstanceOf(HubProblem.class)
                .hasMessageContaining("Samsat").hasMessageContaining("not acceptable SOAP");
    }

    @Test
    void networkFailuresStayIoExceptionsForThe503() {
        Exchange refused = exchange();
        refused.setProperty(Exchange.EXCEPTION_CAUGHT, new Fault(new ConnectException("Connection refused")));
        Exchange gateway = exchange();
        gateway.setProperty(Exchange.EXCEPTION_CAUGHT, new Fault(new HTTPException(503, "Service Unavailable",
                url())));

        assertThatThrownBy(() -> soap.fault(refused)).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> soap.fault(gateway)).isInstanceOf(IOException.class);
    }

    @Test
    void anHttpErrorWithoutSoapIsAnAgencyErrorNamingTheStatus() {
        Exchange exchange = exchange();
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new Fault(new HTTPException(404, "Not Found", url())));

        assertThatThrownBy(() -> soap.fault(exchange)).isInstanceOf(HubProblem.class).hasMessageContaining("HTTP 404");
    }

    private static URL url() {
        try {
            return new URL("http://127.0.0.1:1/samsat/services/PkbService");
        } catch (java.net.MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
