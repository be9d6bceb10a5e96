package id.go.tangerangkota.mpp.hub.sandbox.samsat;

/**
 * A SOAP 1.1 fault the Samsat host answers instead of a body: a message it cannot process
 * (soapenv:Client), its own failure (soapenv:Server), or a WS-Security refusal (wsse:* codes of
 * the WSS 1.1 specification, section 12).
 */
final class SoapFault extends Exception {

    private static final long serialVersionUID = 1L;

    /** The fault code's namespace and local name, e.g. WSSE and FailedAuthentication. */
    private final String codeNamespace;
    private final String codeLocalName;

    private SoapFault(String codeNamespace, String codeLocalName, String faultString) {
        super(faultString, null, false, false);
        this.codeNamespace = codeNamespace;
        this.codeLocalName = codeLocalName;
    }

    /** The caller sent something the host cannot accept (schema, SOAPAction, envelope). */
    static SoapFault client(String faultString) {
        return new SoapFault(Soap11.ENVELOPE_NS, "Client", faultString);
    }

    /** The host failed on its own. */
    static SoapFault server(String faultString) {
        return new SoapFault(Soap11.ENVELOPE_NS, "Server", faultString);
    }

    /** A SOAP 1.2 (or other) envelope reached a SOAP 1.1 host. */
    static SoapFault versionMismatch() {
        return new SoapFault(Soap11.ENVELOPE_NS, "VersionMismatch", "Hanya SOAP 1.1 yang didukung");
    }

    /** A header marked mustUnderstand that the host does not process. */
    static SoapFault mustUnderstand(String header) {
        return new SoapFault(Soap11.ENVELOPE_NS, "MustUnderstand", "Header tidak dikenal: " + header);
    }

    /**
     * A WS-Security refusal, with the specification's own fault strings (what a WSS4J-based host
     * answers), so that a client can tell a security fault from any other.
     */
    static SoapFault security(Security code) {
        return new SoapFault(Soap11.WSSE_NS, code.localName, code.faultString);
    }

    String codeNamespace() {
        return codeNamespace;
    }

    String codeLocalName() {
        return codeLocalName;
    }

    /** The WSS 1.1 fault codes the host uses, with their specified fault strings. */
    enum Security {
        /** Wrong user name or password digest. */
        FAILED_AUTHENTICATION("FailedAuthentication", "The security token could not be authenticated or authorized"),
        /** No or malformed Security header. */
        INVALID_SECURITY("InvalidSecurity", "An error was discovered processing the <wsse:Security> header"),
        /** A UsernameToken without Nonce or Created, or a nonce seen before. */
        INVALID_SECURITY_TOKEN("InvalidSecurityToken", "An invalid security token was provided"),
        /** A password type the host does not accept (PasswordText). */
        UNSUPPORTED_SECURITY_TOKEN("UnsupportedSecurityToken", "An unsupported token was provided"),
        /** Created too old or too far ahead. */
        MESSAGE_EXPIRED("MessageExpired", "The message has expired");

        private final String localName;
        private final String faultString;

        Security(String localName, String faultString) {
            this.localName = localName;
            this.faultString = faultString;
        }
    }
}
