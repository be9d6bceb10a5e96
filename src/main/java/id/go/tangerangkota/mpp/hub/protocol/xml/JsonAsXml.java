package id.go.tangerangkota.mpp.hub.protocol.xml;

import java.io.StringWriter;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;

/**
 * Turns a JSON text into the XML representation of JSON defined by XPath 3.1 (namespace
 * {@code http://www.w3.org/2005/xpath-functions}: {@code <map>}, {@code <string key="...">},
 * {@code <number>}, {@code <array>}...), using Saxon's own {@code fn:json-to-xml}. This is how the
 * XSLT request mappings read the hub's JSON envelope: as a plain XML document, exactly what
 * {@code json-to-xml()} would have given them.
 */
public final class JsonAsXml {

    private static final Processor SAXON = new Processor(false);
    private static final QName JSON = new QName("json");
    private static final XPathExecutable JSON_TO_XML;

    static {
        try {
            XPathCompiler compiler = SAXON.newXPathCompiler();
            compiler.declareVariable(JSON);
            // Strict: duplicate keys and JSON extensions are errors, not guesses.
            JSON_TO_XML = compiler.compile("json-to-xml($json, map{'liberal': false(), 'duplicates': 'reject'})");
        } catch (SaxonApiException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private JsonAsXml() {
    }

    /**
     * @param json a JSON text (the canonical envelope)
     * @return the XML document, serialized without indentation
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static String convert(String json) {
        try {
            XPathSelector selector = JSON_TO_XML.load();
            selector.setVariable(JSON, new XdmAtomicValue(json));
            XdmItem document = selector.evaluateSingle();
            StringWriter out = new StringWriter();
            Serializer serializer = SAXON.newSerializer(out);
            serializer.setOutputProperty(Serializer.Property.INDENT, "no");
            serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
            serializer.serializeXdmValue(document);
            return out.toString();
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("not a JSON text: " + e.getMessage(), e);
        }
    }
}
