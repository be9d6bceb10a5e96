package id.go.tangerangkota.mpp.hub.api;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sets a JSON answer on an exchange: status, content type and body. Clears every other header first,
 * so nothing from the request or from internal steps reaches the client.
 */
public final class JsonAnswer {

    public static final String MEDIA_TYPE = "application/json";

    private JsonAnswer() {
    }

    public static void write(Exchange exchange, int status, String json) {
        write(exchange, status, json, null);
    }

    public static void write(Exchange exchange, int status, String json, String location) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, MEDIA_TYPE);
        if (location != null) {
            out.setHeader("Location", location);
        }
        out.setBody(json);
    }
}
