package id.go.tangerangkota.mpp.hub.protocol.xml;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The envelope as XSLT request mappings read it: XPath 3.1's XML representation of JSON. */
class JsonAsXmlTest {

    private static final String FN = "http://www.w3.org/2005/xpath-functions";

    @Test
    void everyJsonTypeBecomesItsStandardElementWithItsKey() {
        Document xml = SafeXml.parse(JsonAsXml.convert(
                "{\"s\":\"B 1234 CVA\",\"n\":2882000,\"d\":12.5,\"b\":true,\"z\":null,\"a\":[1,\"x\"],\"m\":{\"k\":\"v\"}}"));

        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(FN);
        assertThat(root.getLocalName()).isEqualTo("map");
        assertThat(keyed(root, "string", "s").getTextContent()).isEqualTo("B 1234 CVA");
        // Numbers keep the text they had: a whole rupiah amount stays 2882000, not 2.882E6.
        assertThat(keyed(root, "number", "n").getTextContent()).isEqualTo("2882000");
        assertThat(keyed(root, "number", "d").getTextContent()).isEqualTo("12.5");
        assertThat(keyed(root, "boolean", "b").getTextContent()).isEqualTo("true");
        assertThat(keyed(root, "null", "z")).isNotNull();
        assertThat(keyed(root, "array", "a").getElementsByTagNameNS(FN, "number").item(0).getTextContent())
                .isEqualTo("1");
        assertThat(keyed(keyed(root, "map", "m"), "string", "k").getTextContent()).isEqualTo("v");
    }

    @Test
    void markupInValuesStaysText() {
        Document xml = SafeXml.parse(JsonAsXml.convert("{\"name\":\"<x>&amp;</x>\"}"));

        assertThat(xml.getDocumentElement().getTextContent()).isEqualTo("<x>&amp;</x>");
    }

    @Test
    void notJsonOrDuplicateKeysAreRefused() {
        assertThatThrownBy(() -> JsonAsXml.convert("<xml/>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonAsXml.convert("{\"a\":1,\"a\":2}")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Element keyed(Element parent, String type, String key) {
        var children = parent.getElementsByTagNameNS(FN, type);
        for (int i = 0; i < children.getLength(); i++) {
            Element e = (Element) children.item(i);
            if (e.getParentNode() == parent && key.equals(e.getAttribute("key"))) {
                return e;
            }
        }
        return null;
    }
}
