package id.go.tangerangkota.mpp.hub.protocol.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.xml.namespace.QName;

import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A connector names only the operation; the agency's WSDL says where it lives. */
class SoapContractsTest {

    private static final String NS = "urn:bapenda-banten:samsat:pkb:1";
    private final SoapContracts contracts = new SoapContracts(
            new ConnectorLocations("file:connectors", "file:mappings", "file:routes/kamelets"),
            new PathMatchingResourcePatternResolver());

    @Test
    void findsTheServicePortAndOperationOfTheSamsatWsdl() {
        SoapOperation op = contracts.operation("samsat", "BayarPKB");

        assertThat(op.wsdlUrl()).startsWith("file:").endsWith("connectors/samsat/samsat-pkb.wsdl");
        assertThat(op.service()).isEqualTo(new QName(NS, "PkbService"));
        assertThat(op.port()).isEqualTo(new QName(NS, "PkbSoapPort"));
        assertThat(op.operation()).isEqualTo(new QName(NS, "BayarPKB"));
        assertThat(op.serviceName()).isEqualTo("{" + NS + "}PkbService");
        assertThat(op.portName()).isEqualTo("{" + NS + "}PkbSoapPort");
    }

    @Test
    void anOperationNoWsdlDefinesIsAConnectorDefectNamingIt() {
        assertThatThrownBy(() -> contracts.operation("samsat", "HapusPKB"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("connectors/samsat/")
                .hasMessageContaining("HapusPKB");
        assertThatThrownBy(() -> contracts.operation("disdukcapil", "InquiryPKB"))
                .isInstanceOf(IllegalStateException.class);
    }
}
