package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

/**
 * A parsed XML answer of a simulated back end, for tests: its status and message (in the agency's
 * own element names), and any element's text by name.
 */
public class XmlAnswer {

    private final Element root;
    private final String xml;
    private final String statusTag;
    private final String messageTag;

    protected XmlAnswer(String xml, String statusTag, String messageTag) {
        try {
            this.root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
        this.xml = xml;
        this.statusTag = statusTag;
        this.messageTag = messageTag;
    }

    /** The root element. */
    public Element root() {
        return root;
    }

    /** The answer as sent, for assertion messages. */
    public String xml() {
        return xml;
    }

    /** The agency's status code. */
    public String status() {
        return text(statusTag);
    }

    /** The agency's message. */
    public String message() {
        return text(messageTag);
    }

    /** Text of the first element named so, anywhere in the answer; null when absent. */
    public String text(String name) {
        var nodes = root.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** How many elements are named so, anywhere in the answer. */
    public int count(String name) {
        return root.getElementsByTagName(name).getLength();
    }
}
