package id.go.tangerangkota.mpp.hub.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.go.tangerangkota.mpp.hub.api.HttpCall;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the rest of the hub sees it while the audit runs: its body bytes are digested as
 * they are read, and the client-identity headers that only the API key filter may set are hidden
 * if a client sent them itself, so the audit (and any route) never takes a client's word for who it is.
 */
final class DigestingRequest extends HttpServletRequestWrapper {

    private static final Set<String> HUB_SET = Set.of(HttpCall.CLIENT_ID_HEADER.toLowerCase(Locale.ROOT),
            HttpCall.CLIENT_ROLE_HEADER.toLowerCase(Locale.ROOT), HttpCall.CLIENT_SITE_HEADER.toLowerCase(Locale.ROOT));

    private final CounterCallAudit call;
    private ServletInputStream in;
    private BufferedReader reader;

    DigestingRequest(HttpServletRequest request, CounterCallAudit call) {
        super(request);
        this.call = call;
    }

    private static boolean hidden(String name) {
        return name != null && HUB_SET.contains(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String getHeader(String name) {
        return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = Collections.list(super.getHeaderNames());
        names.removeIf(DigestingRequest::hidden);
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        return hidden(name) ? -1 : super.getIntHeader(name);
    }

    @Override
    public long getDateHeader(String name) {
        return hidden(name) ? -1 : super.getDateHeader(name);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (in == null) {
            in = new Digesting(super.getInputStream(), call);
        }
        return in;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    /** Passes the body through, digesting each byte read. */
    private static final class Digesting extends ServletInputStream {

        private final ServletInputStream body;
        private final CounterCallAudit call;

        Digesting(ServletInputStream body, CounterCallAudit call) {
            this.body = body;
            this.call = call;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                call.read(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = body.read(b, off, len);
            if (n > 0) {
                call.read(b, off, n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
