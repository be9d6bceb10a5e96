package id.go.tangerangkota.mpp.hub.audit;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/**
 * The last word on an API call's audit: when the container is done with a request whose entry no
 * dispatch finished (the client went away mid-answer, the container gave up on it), the entry is
 * appended with what was read and written, so even such a call is in the trail.
 */
final class CounterCallCompletion implements ServletRequestListener {

    private final CounterCallRecorder recorder;

    CounterCallCompletion(CounterCallRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (event.getServletRequest().getAttribute(CounterCallAudit.ATTRIBUTE) instanceof CounterCallAudit call
                && call.response != null) {
            recorder.finishLate(call);
        }
    }
}
