package id.go.tangerangkota.mpp.hub.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.stream.StreamSource;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import org.springframework.core.io.Resource;

/**
 * Compiles a mapping file the way its kamelet will, to find a broken mapping when the connector is
 * loaded rather than at a citizen's call: JSONata ({@code .jsonata}) with the same engine as
 * Camel's jsonata component, XSLT ({@code .xsl}) with Saxon as Camel's xslt-saxon component, with
 * {@code xsl:include} resolved next to the file.
 */
public final class MappingCompiler {

    private MappingCompiler() {
    }

    /** What keeps the mapping from compiling, or empty when it compiles. */
    public static Optional<String> problemOf(Resource mapping) {
        String name = mapping.getFilename() == null ? "" : mapping.getFilename();
        try {
            if (name.endsWith(".jsonata")) {
                return jsonata(mapping);
            }
            if (name.endsWith(".xsl") || name.endsWith(".xslt")) {
                return xslt(mapping);
            }
            return Optional.of("unknown mapping language: the file name must end in .jsonata or .xsl");
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
    }

    private static Optional<String> jsonata(Resource mapping) throws IOException {
        String text;
        try (InputStream in = mapping.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            Jsonata.jsonata(text);
            return Optional.empty();
        } catch (JException e) {
            return Optional.of("JSONata does not compile: " + e.getMessage() + " (" + lineAndColumn(text, e.getLocation()) + ")");
        } catch (RuntimeException e) {
            return Optional.of("JSONata does not compile: " + e.getMessage());
        }
    }

    /** "line L, column C" of a character offset, as editors count them (from 1). */
    static String lineAndColumn(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (at - lineStart + 1);
    }

    private static Optional<String> xslt(Resource mapping) throws IOException {
        net.sf.saxon.TransformerFactoryImpl factory = new net.sf.saxon.TransformerFactoryImpl();
        StringBuilder errors = new StringBuilder();
        factory.setErrorListener(new CollectingErrorListener(errors));
        // xsl:include and xsl:import are read next to the mapping, wherever it lives (folder or jar).
        factory.setURIResolver((href, base) -> {
            try {
                Resource included = mapping.createRelative(href);
                return new StreamSource(included.getInputStream(), href);
            } catch (IOException e) {
                throw new javax.xml.transform.TransformerException("cannot read " + href + " next to "
                        + mapping.getFilename() + ": " + e.getMessage());
            }
        });
        try (InputStream in = mapping.getInputStream()) {
            StreamSource source = new StreamSource(in, mapping.getFilename());
            factory.newTemplates(source);
            return Optional.empty();
        } catch (TransformerConfigurationException e) {
            return Optional.of("XSLT does not compile: " + (errors.isEmpty() ? e.getMessage() : errors.toString().trim()));
        }
    }

    /** Keeps Saxon's messages (line and column included) instead of printing them to stderr. */
    private record CollectingErrorListener(StringBuilder errors) implements javax.xml.transform.ErrorListener {
        @Override
        public void warning(javax.xml.transform.TransformerException e) {
            // warnings do not stop a mapping from working
        }

        @Override
        public void error(javax.xml.transform.TransformerException e) {
            errors.append(e.getMessageAndLocation()).append("; ");
        }

        @Override
        public void fatalError(javax.xml.transform.TransformerException e) {
            errors.append(e.getMessageAndLocation()).append("; ");
        }
    }
}
