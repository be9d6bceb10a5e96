package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.tangerangkota.mpp.hub.connector.ConnectorLocations;
import org.jpos.iso.ISOMsg;
import org.jpos.iso.packager.GenericPackager;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * PLN's packager definition (mappings/pln/h2h.packager.xml) through jPOS, and the JSON views the
 * mappings read and write, against messages written out by hand: MTI, hex bitmap, then each
 * field with its LL/LLL length where it has one.
 */
class PlnPackagerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProtocolFiles files = new ProtocolFiles(new DefaultResourceLoader(),
            new ConnectorLocations("file:connectors", "file:mappings", "file:routes/kamelets"));
    private final GenericPackager packager = files.packager("pln/h2h.packager.xml");
    private final Map<Integer, FieldLayout> layouts = Map.of(48, files.layout("pln/postpaid-bit48.layout.json"));

    static final String INQUIRY = "2100" + "4030004180810000" + "05" + "99501" + "000000000042" + "20261122193000"
            + "6021" + "07" + "4510017" + "07" + "MPPTNG1" + "MPPTNG-LOKET-001" + "019" + "MPPTNG1543100287461";

    @Test
    void packsAnInquiryViewIntoTheKnownMessage() throws Exception {
        JsonNode fields = JSON.readTree("""
                {"2": "99501", "11": "000000000042", "12": "20261122193000", "26": "6021", "32": "4510017",
                 "33": "MPPTNG1", "41": "MPPTNG-LOKET-001",
                 "48": {"switcherId": "MPPTNG1", "customerId": "543100287461"}}""");

        ISOMsg message = MessageViews.toMessage("2100", fields, layouts, packager);

        assertThat(new String(message.pack(), StandardCharsets.US_ASCII)).isEqualTo(INQUIRY);
    }

    @Test
    void unpacksAnAnswerIntoItsViewWithBit48ByName() throws Exception {
        String bit48 = FieldLayoutCodecTest.BUDI_HEADER + FieldLayoutCodecTest.BUDI_BILL;
        String answer = "2110" + "5030004182810000" + "05" + "99501" + "3600000000414850" + "000000000042"
                + "20261122193000" + "6021" + "07" + "4510017" + "07" + "MPPTNG1" + "0000" + "MPPTNG-LOKET-001"
                + "232" + bit48;
        ISOMsg message = new ISOMsg();
        message.setPackager(packager);
        message.unpack(answer.getBytes(StandardCharsets.US_ASCII));

        ObjectNode view = MessageViews.toView(message, layouts);

        assertThat(view.path("mti").asText()).isEqualTo("2110");
        assertThat(view.path("fields").path("4").asText()).isEqualTo("3600000000414850");
        assertThat(view.path("fields").path("39").asText()).isEqualTo("0000");
        assertThat(view.path("fields").path("48").path("customerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(view.path("fields").path("48").path("bills").get(0).path("billAmount").asLong()).isEqualTo(412_350);
        assertThat(new String(message.pack(), StandardCharsets.US_ASCII)).isEqualTo(answer);
    }

    @Test
    void aSignOnUsesTheSecondaryBitmapForBit70() throws Exception {
        JsonNode fields = JSON.readTree("""
                {"11": "000000000001", "12": "20261122193000", "32": "4510017", "33": "MPPTNG1",
                 "41": "MPPTNG-LOKET-001", "70": "001"}""");

        String packed = new String(MessageViews.toMessage("2800", fields, Map.of(), packager).pack(),
                StandardCharsets.US_ASCII);

        assertThat(packed).isEqualTo("2800" + "8030000180800000" + "0400000000000000" + "000000000001"
                + "20261122193000" + "07" + "4510017" + "07" + "MPPTNG1" + "MPPTNG-LOKET-001" + "001");
    }

    @Test
    void refusesWhatJposWouldPackWrongOrNotAtAll() throws Exception {
        assertThatThrownBy(() -> MessageViews.toMessage("2100", JSON.readTree("{\"11\": \"12X\"}"), layouts, packager))
                .hasMessageContaining("fields.11").hasMessageContaining("digits");
        assertThatThrownBy(() -> MessageViews.toMessage("2100", JSON.readTree("{\"41\": \"MPPTNG-LOKET-0001\"}"),
                layouts, packager)).hasMessageContaining("fields.41").hasMessageContaining("at most 16");
        assertThatThrownBy(() -> MessageViews.toMessage("2100", JSON.readTree("{\"99\": \"1\"}"), layouts, packager))
                .hasMessageContaining("does not define bit 99");
        assertThatThrownBy(() -> MessageViews.toMessage("2100", JSON.readTree("{\"62\": {\"a\": 1}}"), layouts,
                packager)).hasMessageContaining("needs a layout");
        assertThatThrownBy(() -> MessageViews.toMessage("21", JSON.readTree("{}"), layouts, packager))
                .hasMessageContaining("mti");
    }

    @Test
    void onlyFilesInsideTheMappingsCanBeNamed() {
        assertThatThrownBy(() -> files.packager("../pom.xml")).hasMessageContaining("not a file under mappings");
        assertThatThrownBy(() -> files.layout("pln/missing.layout.json")).hasMessageContaining("does not exist");
    }
}
