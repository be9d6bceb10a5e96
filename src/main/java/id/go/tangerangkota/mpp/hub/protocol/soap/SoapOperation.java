package id.go.tangerangkota.mpp.hub.protocol.soap;

import javax.xml.namespace.QName;

/**
 * Where one SOAP operation is defined: what Camel CXF needs to call it from the WSDL.
 *
 * @param wsdlUrl   the WSDL's URL (file: or jar:), read by CXF with its policies
 * @param service   the wsdl:service
 * @param port      the wsdl:port whose binding has the operation
 * @param operation the operation, in the WSDL's target namespace
 */
public record SoapOperation(String wsdlUrl, QName service, QName port, QName operation) {

    /** {@code {namespace}local}, the form Camel CXF's serviceName and portName options take. */
    static String braced(QName name) {
        return "{" + name.getNamespaceURI() + "}" + name.getLocalPart();
    }

    public String serviceName() {
        return braced(service);
    }

    public String portName() {
        return braced(port);
    }
}
