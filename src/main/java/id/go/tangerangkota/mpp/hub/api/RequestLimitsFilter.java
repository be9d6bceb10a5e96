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
 * Refuses request bodies the API never accepts before any route reads them: anything but JSON
 * (415) and anything larger than the configured limit (413). A body without Content-Length is
 * read here, up to the limit, so a chunked upload cannot slip past it.
 */
public final class RequestLimitsFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;

    public RequestLimitsFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            ProblemResponses.write(request, response, tooLarge());
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private HubProblem tooLarge() {
        return new HubProblem(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBodyBytes + " bytes");
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
