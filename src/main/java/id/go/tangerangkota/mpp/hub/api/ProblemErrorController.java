package id.go.tangerangkota.mpp.hub.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's white-label error page: whatever fails outside a Camel route (an unknown
 * path, a servlet error, a full worker queue) is still answered as problem+json, without stack trace
 * or class name.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String detail = switch (status) {
            case 404 -> "Nothing is served at this path";
            case 405 -> "This method is not allowed at this path";
            case 503 -> "The hub is not ready to serve this request; retry shortly";
            default -> status >= 500 ? "The hub failed to process the request" : "The request was not accepted";
        };
        HubProblem problem = ProblemDocument.forStatus(status, detail);
        if (causedBy(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION), RejectedExecutionException.class)) {
            // Every worker is busy and the queue is full: say so, and when to come back.
            problem = new HubProblem(ProblemType.HUB_UNAVAILABLE, "The hub is at capacity; retry shortly",
                    List.of(), 2, Map.of());
        }
        response.resetBuffer();
        ProblemResponses.write(request, response, problem);
    }

    private static boolean causedBy(Object error, Class<? extends Throwable> type) {
        for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
