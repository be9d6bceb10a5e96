package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic layout codec on PLN's postpaid bit 48 layout (mappings/pln/postpaid-bit48.layout.json)
 * with messages written out by hand, field by field, from the layout's published widths.
 */
class FieldLayoutCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Budi's 2110: header (121) + one bill (111). */
    static final String BUDI_HEADER = "MPPTNG1" + "543100287461" + "1" + "01"
            + "0123456789ABCDEF0123456789ABCDEF" + "BUDI SANTOSO             " + "54310" + "123            "
            + "R1  " + "000001300" + "000002500";
    static final String BUDI_BILL = "202611" + "20261220" + "20261101" + "00000412350" + "00000000000"
            + "0000000000" + "000000000" + "00012345" + "00012630" + "00000000" + "00000000" + "00000000"
            + "00000000";

    private static FieldLayout layout;

    @BeforeAll
    static void load() throws IOException {
        layout = FieldLayout.parse(JSON.readTree(Files.readString(Path.of("mappings/pln/postpaid-bit48.layout.json"))));
    }

    @Test
    void theLayoutFileHasTheWidthsOfThePostpaidSpecification() {
        assertThat(BUDI_HEADER).hasSize(121);
        assertThat(BUDI_BILL).hasSize(111);
        assertThat(layout.headerLength()).isEqualTo(121);
        assertThat(layout.repeat().length()).isEqualTo(111);
        assertThat(layout.repeat().max()).isEqualTo(4);
    }

    @Test
    void decodesAnInquiryAnswerIntoNamedFields() {
        ObjectNode values = FieldLayoutCodec.decode(layout, BUDI_HEADER + BUDI_BILL);

        assertThat(values.path("switcherId").asText()).isEqualTo("MPPTNG1");
        assertThat(values.path("customerId").asText()).isEqualTo("543100287461");
        assertThat(values.path("billStatus").asInt()).isEqualTo(1);
        assertThat(values.path("outstandingBills").asInt()).isEqualTo(1);
        assertThat(values.path("switcherReference").asText()).isEqualTo("0123456789ABCDEF0123456789ABCDEF");
        assertThat(values.path("customerName").asText()).isEqualTo("BUDI SANTOSO");
        assertThat(values.path("serviceUnitPhone").asText()).isEqualTo("123");
        assertThat(values.path("tariff").asText()).isEqualTo("R1");
        assertThat(values.path("powerVA").isIntegralNumber()).isTrue();
        assertThat(values.path("powerVA").asInt()).isEqualTo(1300);
        assertThat(values.path("adminCharge").asLong()).isEqualTo(2500);
        JsonNode bill = values.path("bills").get(0);
        assertThat(values.path("bills")).hasSize(1);
        assertThat(bill.path("period").asText()).isEqualTo("202611");
        assertThat(bill.path("dueDate").asText()).isEqualTo("20261220");
        assertThat(bill.path("billAmount").asLong()).isEqualTo(412_350);
        assertThat(bill.path("penalty").asLong()).isZero();
        assertThat(bill.path("lwbpBefore").asText()).isEqualTo("00012345");
        assertThat(bill.path("lwbpAfter").asText()).isEqualTo("00012630");
        assertThat(bill.path("kvarhAfter").asText()).isEqualTo("00000000");
    }

    @Test
    void encodesTheDecodedAnswerBackToTheSameText() {
        String text = BUDI_HEADER + BUDI_BILL + BUDI_BILL.replace("202611", "202612");
        String twoBills = text.substring(0, 19) + "2" + text.substring(20);

        assertThat(FieldLayoutCodec.encode(layout, FieldLayoutCodec.decode(layout, twoBills))).isEqualTo(twoBills);
    }

    @Test
    void aRequestCarriesOnlyTheLeadingFieldsGiven() {
        ObjectNode inquiry = JSON.createObjectNode().put("switcherId", "MPPTNG1").put("customerId", "543100287461");
        ObjectNode payment = inquiry.deepCopy().put("billStatus", 1)
                .put("switcherReference", "0123456789ABCDEF0123456789ABCDEF");

        assertThat(FieldLayoutCodec.encode(layout, inquiry)).isEqualTo("MPPTNG1543100287461");
        // outstandingBills is not given: written as padding, then the reference.
        assertThat(FieldLayoutCodec.encode(layout, payment))
                .isEqualTo(BUDI_HEADER.substring(0, 20) + "00" + BUDI_HEADER.substring(22, 54));
    }

    @Test
    void anAnswerThatEndsAtAFieldBoundaryIsReadAsFarAsItGoes() {
        ObjectNode values = FieldLayoutCodec.decode(layout, "MPPTNG1543199999999");

        assertThat(values.path("customerId").asText()).isEqualTo("543199999999");
        assertThat(values.has("billStatus")).isFalse();
        assertThat(values.has("bills")).isFalse();
    }

    @Test
    void refusesValuesThatDoNotFitRatherThanCuttingThem() {
        ObjectNode longId = JSON.createObjectNode().put("switcherId", "MPPTNG1").put("customerId", "5431002874610");
        ObjectNode letters = JSON.createObjectNode().put("switcherId", "MPPTNG1").put("customerId", "54310028746X");
        ObjectNode negative = JSON.createObjectNode().put("switcherId", "MPPTNG1").put("customerId", "543100287461")
                .put("billStatus", -1);

        assertThatThrownBy(() -> FieldLayoutCodec.encode(layout, longId))
                .hasMessageContaining("customerId").hasMessageContaining("do not fit");
        assertThatThrownBy(() -> FieldLayoutCodec.encode(layout, letters)).hasMessageContaining("digits");
        assertThatThrownBy(() -> FieldLayoutCodec.encode(layout, negative)).hasMessageContaining("billStatus");
    }

    @Test
    void refusesTextCutInsideAFieldOrBillsThatDoNotMatchTheCount() {
        assertThatThrownBy(() -> FieldLayoutCodec.decode(layout, "MPPTNG154310028"))
                .hasMessageContaining("customerId").hasMessageContaining("ends inside");
        assertThatThrownBy(() -> FieldLayoutCodec.decode(layout, BUDI_HEADER + BUDI_BILL.substring(0, 100)))
                .hasMessageContaining("bills");
        String saysTwo = BUDI_HEADER.substring(0, 19) + "2" + BUDI_HEADER.substring(20) + BUDI_BILL;
        assertThatThrownBy(() -> FieldLayoutCodec.decode(layout, saysTwo)).hasMessageContaining("expected 2 x 111");
    }

    @Test
    void theCountFieldMustAgreeWithTheBillsGiven() {
        ObjectNode values = FieldLayoutCodec.decode(layout, BUDI_HEADER + BUDI_BILL);
        values.put("billStatus", 3);

        assertThatThrownBy(() -> FieldLayoutCodec.encode(layout, values)).hasMessageContaining("billStatus");
        values.remove("billStatus");
        assertThat(FieldLayoutCodec.encode(layout, values)).isEqualTo(BUDI_HEADER + BUDI_BILL);
    }

    @Test
    void aLayoutWithAWrongOffsetIsRefusedWhenLoaded() throws IOException {
        JsonNode broken = JSON.readTree("""
                {"name": "x", "fields": [
                  {"name": "a", "offset": 0, "length": 7, "type": "text"},
                  {"name": "b", "offset": 8, "length": 12, "type": "digits"}]}""");
        JsonNode unknownType = JSON.readTree("""
                {"name": "x", "fields": [{"name": "a", "length": 7, "type": "binary"}]}""");
        JsonNode badCount = JSON.readTree("""
                {"name": "x", "fields": [{"name": "a", "length": 7, "type": "text"}],
                 "repeat": {"name": "r", "countField": "a", "fields": [{"name": "b", "length": 1, "type": "text"}]}}""");

        assertThatThrownBy(() -> FieldLayout.parse(broken)).hasMessageContaining("(b).offset").hasMessageContaining("end at 7");
        assertThatThrownBy(() -> FieldLayout.parse(unknownType)).hasMessageContaining("type");
        assertThatThrownBy(() -> FieldLayout.parse(badCount)).hasMessageContaining("countField");
    }
}
