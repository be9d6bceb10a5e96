package id.go.tangerangkota.mpp.bench.scenario;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.bench.HttpAnswer;
import id.go.tangerangkota.mpp.bench.HttpExchange;
import id.go.tangerangkota.mpp.bench.Operation;
import id.go.tangerangkota.mpp.bench.RawHttpConnection;
import id.go.tangerangkota.mpp.bench.Scenario;
import id.go.tangerangkota.mpp.bench.Scenarios;
import id.go.tangerangkota.mpp.bench.Sequences;

/**
 * CHECK TOOL: runs every scenario's hub and direct operation a few times, one connection each,
 * and prints how many succeeded and the average sizes of what was sent and answered; exits 1 when
 * any call failed. For trying the scenarios against a hub with its sandbox, not for measuring:
 *
 * <pre>java -cp mpp-bench.jar:lib/* id.go.tangerangkota.mpp.bench.scenario.ScenarioCheck HUB_PORT SANDBOX_PORT [CALLS [HOST [API_KEY]]]</pre>
 */
public final class ScenarioCheck {

    private ScenarioCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScenarioCheck HUB_PORT SANDBOX_PORT [CALLS [HOST [API_KEY]]]");
            System.exit(2);
        }
        int hubPort = Integer.parseInt(args[0]);
        int sandboxPort = Integer.parseInt(args[1]);
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        String host = args.length > 3 ? args[3] : "127.0.0.1";
        String apiKey = args.length > 4 ? args[4] : SandboxDemo.COUNTER_API_KEY;

        List<Scenario> scenarios = Scenarios.all(apiKey);
        System.out.printf("%-15s %-7s %6s %6s %11s %11s %11s %11s%n", "scenario", "side", "ok", "req/op",
                "req body B", "answer B", "wire out B", "wire in B");
        boolean allOk = true;
        for (Scenario scenario : scenarios) {
            allOk &= check(scenario, "hub", scenario.viaHub(), host, hubPort, calls);
            allOk &= check(scenario, "direct", scenario.direct(), host, sandboxPort, calls);
        }
        System.out.println(allOk ? "ALL OK" : "FAILURES");
        System.exit(allOk ? 0 : 1);
    }

    private static boolean check(Scenario scenario, String side, Operation operation, String host, int port, int calls) {
        try (RawHttpConnection connection = new RawHttpConnection(host, port)) {
            Counting counting = new Counting(connection);
            int ok = 0;
            String firstFailure = null;
            for (int i = 0; i < calls; i++) {
                try {
                    if (operation.perform(counting, Sequences.next())) {
                        ok++;
                    } else if (firstFailure == null) {
                        firstFailure = counting.last == null ? "no answer"
                                : counting.last.status() + " " + abbreviated(counting.last.text());
                    }
                } catch (IOException e) {
                    if (firstFailure == null) {
                        firstFailure = "I/O: " + e;
                    }
                }
            }
            System.out.printf("%-15s %-7s %3d/%-2d %6.1f %11.0f %11.0f %11.0f %11.0f%n", scenario.id(), side, ok, calls,
                    (double) counting.requests / calls, (double) counting.requestBytes / calls,
                    (double) counting.answerBytes / calls, (double) connection.bytesSent() / calls,
                    (double) connection.bytesReceived() / calls);
            if (firstFailure != null) {
                System.out.println("    first failure: " + firstFailure);
            }
            return ok == calls;
        }
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "..." : flat;
    }

    /** Counts the requests and body bytes of an operation's calls, and keeps the last answer. */
    private static final class Counting implements HttpExchange {

        private final HttpExchange inner;
        private long requests;
        private long requestBytes;
        private long answerBytes;
        private HttpAnswer last;

        Counting(HttpExchange inner) {
            this.inner = inner;
        }

        @Override
        public HttpAnswer send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
            requests++;
            requestBytes += body == null ? 0 : body.length;
            last = inner.send(method, path, headers, body);
            answerBytes += last.body().length;
            return last;
        }
    }
}
