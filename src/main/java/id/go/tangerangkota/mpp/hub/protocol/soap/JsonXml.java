package id.go.tangerangkota.mpp.hub.protocol.soap;

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
 * How an XSLT request mapping reads the hub's JSON envelope: as the standard XML representation of
 * JSON of XPath 3.1 ({@code fn:json-to-xml}), made by Saxon itself, e.g.
 * <pre>
 * {"requestId":"0195...","data":{"plateNumber":"B 1234 CVA","amount":2882000}}
 * &lt;map xmlns="http://www.w3.org/2005/xpath-functions"&gt;
 *   &lt;string key="requestId"&gt;0195...&lt;/string&gt;
 *   &lt;map key="data"&gt;&lt;string key="plateNumber"&gt;B 1234 CVA&lt;/string&gt;&lt;number key="amount"&gt;2882000&lt;/number&gt;&lt;/map&gt;
 * &lt;/map&gt;
 * </pre>
 * A mapping declares {@code xpath-default-namespace="http://www.w3.org/2005/xpath-functions"} and
 * selects {@code map[@key='data']/string[@key='plateNumber']}. Numbers keep the text they had in
 * the JSON (2882000, not the 2.882E6 an xs:double would print).
 */
public final class JsonXml {

    private static final Processor SAXON = new Processor(false);
    private static final QName JSON = new QName("json");
    /** Compiled once; a selector is made per call (selectors are not thread-safe). */
    private static final XPathExecutable JSON_TO_XML = compile();

    private JsonXml() {
    }

    /**
     * The JSON text as its XPath 3.1 XML representation.
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static String toXml(String json) {
        try {
            XPathSelector selector = JSON_TO_XML.load();
            selector.setVariable(JSON, new XdmAtomicValue(json));
            XdmItem document = selector.evaluateSingle();
            StringWriter xml = new StringWriter();
            // No indentation: the text of every element is exactly the JSON value.
            Serializer serializer = SAXON.newSerializer(xml);
            serializer.setOutputProperty(Serializer.Property.INDENT, "no");
            serializer.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
            serializer.serializeXdmValue(document);
            return xml.toString();
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    private static XPathExecutable compile() {
        try {
            XPathCompiler compiler = SAXON.newXPathCompiler();
            compiler.declareVariable(JSON);
            return compiler.compile("json-to-xml($json, map{'duplicates': 'reject'})");
        } catch (SaxonApiException e) {
            throw new IllegalStateException("json-to-xml is not available in this Saxon", e);
        }
    }
}
