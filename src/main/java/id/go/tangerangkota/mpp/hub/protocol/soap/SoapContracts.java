package id.go.tangerangkota.mpp.hub.protocol.soap;

import id.go.tangerangkota.mpp.hub.protocol.xml.SafeXml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.namespace.QName;

import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds a SOAP operation in the WSDLs an agency keeps next to its descriptor
 * ({@code connectors/<slug>/*.wsdl}): the connector names only the operation
 * ({@code call.operation}); the WSDL says which service, port and binding carry it, its
 * SOAPAction and, through its WS-Policy, how the call must be secured. Looked up once per agency
 * and operation.
 */
@Component("soapContracts")
public class SoapContracts {

    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private final ConnectorLocations locations;
    private final ResourcePatternResolver resources;
    private final Map<String, SoapOperation> cache = new ConcurrentHashMap<>();

    public SoapContracts(ConnectorLocations locations, ResourcePatternResolver resources) {
        this.locations = locations;
        this.resources = resources;
    }

    /**
     * The operation of this agency's WSDLs.
     *
     * @throws IllegalStateException when no WSDL of the agency defines it (a connector defect)
     */
    public SoapOperation operation(String slug, String operation) {
        return cache.computeIfAbsent(slug + "#" + operation, key -> find(slug, operation));
    }

    private SoapOperation find(String slug, String operation) {
        try {
            for (Resource wsdl : resources.getResources(wsdlPattern(slug))) {
                Optional<SoapOperation> found = find(wsdl, operation);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the WSDLs of connector " + slug + " cannot be read: " + e.getMessage(), e);
        }
        throw new IllegalStateException("no WSDL in connectors/" + slug + "/ defines the SOAP operation " + operation);
    }

    private String wsdlPattern(String slug) {
        String base = locations.connectors();
        String pattern = base.startsWith("classpath:") ? "classpath*:" + base.substring("classpath:".length()) : base;
        return pattern + "/" + slug + "/*.wsdl";
    }

    /** The first wsdl:port whose binding declares the operation. */
    static Optional<SoapOperation> find(Resource wsdl, String operation) throws IOException {
        Document doc;
        try (InputStream in = wsdl.getInputStream()) {
            doc = SafeXml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Element definitions = doc.getDocumentElement();
        String namespace = definitions.getAttribute("targetNamespace");
        NodeList services = definitions.getElementsByTagNameNS(WSDL_NS, "service");
        for (int s = 0; s < services.getLength(); s++) {
            Element service = (Element) services.item(s);
            NodeList ports = service.getElementsByTagNameNS(WSDL_NS, "port");
            for (int p = 0; p < ports.getLength(); p++) {
                Element port = (Element) ports.item(p);
                Element binding = binding(definitions, localPart(port.getAttribute("binding")));
                if (binding != null && declares(binding, operation)) {
                    return Optional.of(new SoapOperation(wsdl.getURL().toExternalForm(),
                            new QName(namespace, service.getAttribute("name")),
                            new QName(namespace, port.getAttribute("name")),
                            new QName(namespace, operation)));
                }
            }
        }
        return Optional.empty();
    }

    private static Element binding(Element definitions, String name) {
        for (Node n = definitions.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSDL_NS.equals(e.getNamespaceURI()) && "binding".equals(e.getLocalName())
                    && name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        return null;
    }

    private static boolean declares(Element binding, String operation) {
        for (Node n = binding.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && WSDL_NS.equals(e.getNamespaceURI()) && "operation".equals(e.getLocalName())
                    && operation.equals(e.getAttribute("name"))) {
                return true;
            }
        }
        return false;
    }

    private static String localPart(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }
}
