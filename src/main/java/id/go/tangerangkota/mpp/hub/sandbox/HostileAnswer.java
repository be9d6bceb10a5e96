package id.go.tangerangkota.mpp.hub.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a hostile or taken-over agency host answers in the sandbox's hostile mode ({@link
 * Fault.Mode#HOSTILE}), in the agency's own wire style so the hub's parser for that style meets
 * it: a SOAP envelope, a plain XML document or a JSON text. Every answer is a 200, as an attack
 * would come: the hub must refuse it by its content alone.
 *
 * @param kind     which attack
 * @param probeUrl for {@link Kind#XXE_HTTP}: where the external entities point (a port the test
 *                 listens on, to prove that nothing fetches it); null for the other kinds
 */
public record HostileAnswer(Kind kind, String probeUrl) {

    /** Elements or arrays nested in a {@link Kind#DEEP} answer. */
    static final int DEEP_LEVELS = 20_000;
    /** Characters of the text in an {@link Kind#OVERSIZE} answer. */
    static final int OVERSIZE_CHARS = 3_000_000;

    /** The attacks a hostile agency can answer with. */
    public enum Kind {
        /** An external entity reading {@code file:///etc/passwd} into the answer. */
        XXE_FILE,
        /** External parameter and general entities fetched from {@code probeUrl}. */
        XXE_HTTP,
        /** Nested entities that expand to a billion "lol"s (the "billion laughs"). */
        BILLION_LAUGHS,
        /** A well-formed answer of several megabytes. */
        OVERSIZE,
        /** A well-formed answer nested {@link #DEEP_LEVELS} levels deep. */
        DEEP;

        static Kind parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("answer: one of xxe-file, xxe-http, billion-laughs, oversize, deep");
            }
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** How the agency speaks, as its request says (the hub asks in the agency's own style). */
    public enum Style {
        SOAP, XML, JSON;

        /** From the request's SOAPAction, Content-Type and Accept headers. */
        static Style of(String soapAction, String contentType, String accept) {
            String types = ((contentType == null ? "" : contentType) + " " + (accept == null ? "" : accept))
                    .toLowerCase(Locale.ROOT);
            if (soapAction != null || types.contains("text/xml") || types.contains("soap")) {
                return SOAP;
            }
            return types.contains("xml") ? XML : JSON;
        }
    }

    public HostileAnswer {
        if (kind == null) {
            throw new IllegalArgumentException("answer: one of xxe-file, xxe-http, billion-laughs, oversize, deep");
        }
        if (kind == Kind.XXE_HTTP && (probeUrl == null || !probeUrl.matches("https?://[^\\s\"'<>]+"))) {
            throw new IllegalArgumentException("probeUrl: an http URL the external entities point at");
        }
    }

    /** The media type of the answer in this style. */
    public String contentType(Style style) {
        return switch (style) {
            case SOAP -> "text/xml; charset=UTF-8";
            case XML -> "application/xml; charset=UTF-8";
            case JSON -> kind == Kind.OVERSIZE || kind == Kind.DEEP ? "application/json" : "application/xml; charset=UTF-8";
        };
    }

    /**
     * The hostile body. A JSON agency has no DTD to abuse: the entity attacks come to it as an XML
     * document, as a host taken over by someone who does not know what the hub expects would send.
     */
    public byte[] body(Style style) {
        return body(style, "");
    }

    /**
     * The hostile body, for a SOAP agency wrapped in the response element of the operation the
     * request called ({@code <x:InquiryPKB>} is answered {@code <x:InquiryPKBResponse>}), so the
     * SOAP client takes it for the answer and its parser meets the attack.
     */
    public byte[] body(Style style, String request) {
        if (style == Style.JSON && (kind == Kind.OVERSIZE || kind == Kind.DEEP)) {
            return (kind == Kind.DEEP ? deepJson() : oversizeJson()).getBytes(StandardCharsets.UTF_8);
        }
        String doctype = switch (kind) {
            case XXE_FILE -> "<!DOCTYPE answer [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n";
            case XXE_HTTP -> "<!DOCTYPE answer [\n  <!ENTITY % remote SYSTEM \"" + probeUrl + "/dtd\">\n  %remote;\n"
                    + "  <!ENTITY leak SYSTEM \"" + probeUrl + "/entity\">\n]>\n";
            case BILLION_LAUGHS -> billionLaughs();
            case OVERSIZE, DEEP -> "";
        };
        String content = switch (kind) {
            case XXE_FILE, XXE_HTTP, BILLION_LAUGHS -> "<kodeRespon>00</kodeRespon><pesan>&leak;</pesan>";
            case OVERSIZE -> "<kodeRespon>00</kodeRespon><pesan>" + "A".repeat(OVERSIZE_CHARS) + "</pesan>";
            case DEEP -> "<d>".repeat(DEEP_LEVELS) + "</d>".repeat(DEEP_LEVELS);
        };
        String document = style == Style.SOAP
                ? "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                        + soapAnswer(request, content) + "</soapenv:Body></soapenv:Envelope>"
                : "<answer>" + content + "</answer>";
        String root = style == Style.SOAP ? "soapenv:Envelope" : "answer";
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype.replace("DOCTYPE answer", "DOCTYPE " + root)
                + document).getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern BODY_CHILD = Pattern.compile("Body[^>]*>\\s*<(?:([\\w.-]+):)?([\\w.-]+)");

    private static String soapAnswer(String request, String content) {
        Matcher operation = BODY_CHILD.matcher(request == null ? "" : request);
        if (!operation.find()) {
            return "<answer>" + content + "</answer>";
        }
        String prefix = operation.group(1);
        Matcher namespace = Pattern.compile("xmlns" + (prefix == null ? "" : ":" + Pattern.quote(prefix))
                + "=\"([^\"]+)\"").matcher(request);
        String ns = namespace.find() ? namespace.group(1) : "";
        // Document/literal pairs: InquiryPKB or InquiryPKBRequest is answered InquiryPKBResponse.
        String element = "r:" + operation.group(2).replaceFirst("Request$", "") + "Response";
        return "<" + element + " xmlns:r=\"" + ns + "\">" + content + "</" + element + ">";
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE answer [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("  <!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
        }
        return dtd.append("  <!ENTITY leak \"&lol9;\">\n]>\n").toString();
    }

    private static String deepJson() {
        return "{\"status\":\"OK\",\"data\":" + "[".repeat(DEEP_LEVELS) + "]".repeat(DEEP_LEVELS) + "}";
    }

    private static String oversizeJson() {
        return "{\"status\":\"OK\",\"data\":{\"note\":\"" + "A".repeat(OVERSIZE_CHARS) + "\"}}";
    }
}
