package id.go.tangerangkota.mpp.hub.api;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests the API never accepts before any route reads them: a query string that is not
 * valid percent-encoded UTF-8 (400: Tomcat would silently drop the parameter), a body that is not
 * JSON or names another charset than UTF-8 (415), one larger than the configured limit (413), one
 * whose bytes are not UTF-8 (400). Every body is read here, up to the limit, so a chunked upload
 * cannot slip past it and the routes read text that is already known to be well formed.
 */
public final class RequestLimitsFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    public RequestLimitsFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String badQuery = QueryStrings.whyRefused(request.getQueryString());
        if (badQuery != null) {
            ProblemResponses.write(request, response, HubProblem.invalidField("query", badQuery));
            return;
        }
        String method = request.getMethod();
        boolean hasBody = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            // Neither Content-Length nor Transfer-Encoding: HTTP/1.1 says there is no body (e.g.
            // curl -X POST for an action such as a connector reload), so no content type is needed.
            declared = 0;
        }
        if (declared > maxBodyBytes) {
            ProblemResponses.write(request, response, tooLarge());
            return;
        }
        if (declared != 0 && !isJson(request.getContentType())) {
            ProblemResponses.write(request, response, new HubProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json"));
            return;
        }
        if (declared != 0 && !utf8(request.getContentType())) {
            ProblemResponses.write(request, response, new HubProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "JSON is UTF-8 (RFC 8259): send no charset or charset=utf-8"));
            return;
        }
        if (declared == 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            ProblemResponses.write(request, response, tooLarge());
            return;
        }
        if (!wellFormedUtf8(body)) {
            ProblemResponses.write(request, response, new HubProblem(ProblemType.MALFORMED_JSON,
                    "The body is not UTF-8 text", java.util.List.of(new FieldError("body", "not UTF-8 text")), null,
                    java.util.Map.of()));
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private HubProblem tooLarge() {
        return new HubProblem(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes");
    }

    /** True when the content type names no charset or UTF-8. */
    static boolean utf8(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] nameValue = parameter.trim().split("=", 2);
            if (nameValue.length == 2 && nameValue[0].trim().equalsIgnoreCase("charset")) {
                String charset = nameValue[1].trim().replace("\"", "");
                return charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
            }
        }
        return true;
    }

    /** Strict: a malformed or overlong sequence, or an encoded surrogate, is not UTF-8. */
    static boolean wellFormedUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** A request whose body was already read into memory. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
