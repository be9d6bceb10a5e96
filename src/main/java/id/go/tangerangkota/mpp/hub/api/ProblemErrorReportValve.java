package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.io.Writer;

import id.go.tangerangkota.mpp.hub.request.RequestIds;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on a request it refuses before any filter or controller sees it: a path with
 * an encoded slash, NUL or bytes that are not UTF-8, a header too large, a malformed request line.
 * Tomcat's own valve answers those with an HTML page naming the server; this one answers them
 * like every other refusal of the hub, as problem+json with a request id, and says nothing of
 * what the server is.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail = status == 400
                ? "The request is not valid HTTP for this hub (its path, a header or their encoding)"
                : status >= 500 ? "The hub failed to process the request" : "The request was not accepted";
        String requestId = RequestIds.next();
        String body = ProblemDocument.render(ProblemDocument.forStatus(status, detail), null, requestId, null);
        try {
            response.setHeader(HttpCall.REQUEST_ID_HEADER, requestId);
            response.setContentType(ProblemDocument.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started: nothing more to say.
        }
    }
}
