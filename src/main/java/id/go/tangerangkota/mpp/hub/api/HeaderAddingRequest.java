package id.go.tangerangkota.mpp.hub.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request with some headers set by the hub, replacing any a client sent under those names, so a
 * client can never pose as another client or forge its own request id.
 */
public final class HeaderAddingRequest extends HttpServletRequestWrapper {

    private final Map<String, String> added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public HeaderAddingRequest(HttpServletRequest request, Map<String, String> headers) {
        super(request);
        added.putAll(headers);
    }

    @Override
    public String getHeader(String name) {
        return added.containsKey(name) ? added.get(name) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return added.containsKey(name) ? Collections.enumeration(List.of(added.get(name))) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements();) {
            String name = e.nextElement();
            if (!added.containsKey(name)) {
                names.add(name);
            }
        }
        names.addAll(added.keySet());
        return Collections.enumeration(names);
    }
}
