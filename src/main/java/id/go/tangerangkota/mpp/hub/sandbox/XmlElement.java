package id.go.tangerangkota.mpp.hub.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small XML element tree for the back end's answers: leaves with text, elements with children,
 * in the order added. Written with StAX, so text is always escaped.
 */
public final class XmlElement {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final String name;
    private final String text;
    private final List<XmlElement> children = new ArrayList<>();

    public XmlElement(String name) {
        this(name, null);
    }

    private XmlElement(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Adds a leaf {@code <name>text</name>}; returns this element, for chaining. */
    public XmlElement leaf(String childName, Object value) {
        children.add(new XmlElement(childName, value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** Adds and returns an element that takes children of its own. */
    public XmlElement child(String childName) {
        XmlElement child = new XmlElement(childName);
        children.add(child);
        return child;
    }

    /** Adds an element built elsewhere; returns this element. */
    public XmlElement add(XmlElement child) {
        children.add(child);
        return this;
    }

    /** The document, UTF-8, with an XML declaration. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("answer could not be written", impossible);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return new String(toBytes(), StandardCharsets.UTF_8);
    }

    private void write(XMLStreamWriter writer) throws XMLStreamException {
        if (text == null && children.isEmpty()) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (text != null) {
            writer.writeCharacters(text);
        }
        for (XmlElement child : children) {
            child.write(writer);
        }
        writer.writeEndElement();
    }
}
