package id.go.tangerangkota.mpp.hub.kit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.connector.ConnectorProblem;

/**
 * The connector kit on the command line, for agency IT teams:
 * <pre>
 * java -jar mpp-hub.jar connector validate connectors/&lt;slug&gt; [--mappings DIR]
 * java -jar mpp-hub.jar connector test &lt;slug&gt; --endpoint URL [--connectors DIR] [--mappings DIR]
 *                                       [--profile sandbox] [--set property=value]...
 * </pre>
 * Exit codes: 0 all is well, 1 problems found (or a conformance sample failed), 2 wrong usage.
 */
public final class ConnectorCommand {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join("\n",
            "Usage:",
            "  java -jar mpp-hub.jar connector validate connectors/<slug> [--mappings DIR]",
            "      Checks the descriptor, its mapping files and golden samples, without starting the hub.",
            "  java -jar mpp-hub.jar connector test <slug> --endpoint URL [--connectors DIR] [--mappings DIR]",
            "                                       [--profile sandbox] [--set property=value]...",
            "      Runs each service's example against a live back end and reports pass or fail per service.",
            "      Credentials come from the environment (MPP_AGENCY_<SLUG>_...) or --set; --profile sandbox",
            "      uses the sandbox demo credentials.");

    private final PrintStream out;
    private final PrintStream err;

    public ConnectorCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the command line asks for the connector kit rather than the hub. */
    public static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("connector");
    }

    /** Runs {@code connector ...}; {@code args[0]} is "connector". */
    public int run(String[] args) {
        if (args.length < 3) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> sets = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String option = args[i];
            if (!option.startsWith("--") || i + 1 >= args.length) {
                err.println("Unexpected argument " + option + "\n" + USAGE_TEXT);
                return USAGE;
            }
            String value = args[++i];
            if (option.equals("--set")) {
                sets.add(value);
            } else {
                options.put(option.substring(2), value);
            }
        }
        try {
            return switch (args[1]) {
                case "validate" -> validate(Path.of(args[2]), options);
                case "test" -> test(args[2], options, sets);
                default -> {
                    err.println("Unknown command connector " + args[1] + "\n" + USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (Exception e) {
            err.println("connector " + args[1] + " could not run: " + e.getMessage());
            return PROBLEMS;
        }
    }

    private int validate(Path folder, Map<String, String> options) throws Exception {
        String mappings = options.remove("mappings");
        if (!options.isEmpty()) {
            err.println("Unknown option --" + options.keySet().iterator().next() + "\n" + USAGE_TEXT);
            return USAGE;
        }
        ConnectorValidation.Report report = ConnectorValidation.validate(folder, mappings == null ? null : Path.of(mappings));
        for (String warning : report.warnings()) {
            out.println("WARNING " + warning);
        }
        if (report.ok()) {
            out.println("OK connector " + report.slug() + ": descriptor, mappings and " + report.samples()
                    + " golden sample pair(s) are valid");
            return OK;
        }
        out.println("FAILED connector " + report.slug() + ": " + report.problems().size() + " problem(s)");
        int n = 0;
        for (ConnectorProblem p : report.problems()) {
            out.println();
            out.println(++n + ". " + p.file() + (p.field().isEmpty() ? "" : "  field " + p.field()));
            out.println("   problem: " + p.message().replace("\n", "\n            "));
            out.println("   fix:     " + p.fix());
        }
        return PROBLEMS;
    }

    /**
     * The kit prints its own report; the libraries' start-up chatter would bury it. Called when the
     * kit runs as its own process (not when a test runs it inside a hub's JVM).
     */
    public static void quietLibraries() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private int test(String slug, Map<String, String> options, List<String> sets) throws Exception {
        String endpoint = options.remove("endpoint");
        if (endpoint == null) {
            err.println("connector test needs --endpoint URL\n" + USAGE_TEXT);
            return USAGE;
        }
        ConformanceRun.Settings settings = new ConformanceRun.Settings(slug, endpoint,
                Path.of(options.getOrDefault("connectors", "connectors")),
                Path.of(options.getOrDefault("mappings", "mappings")), options.get("profile"), sets);
        options.keySet().removeAll(List.of("connectors", "mappings", "profile"));
        if (!options.isEmpty()) {
            err.println("Unknown option --" + options.keySet().iterator().next() + "\n" + USAGE_TEXT);
            return USAGE;
        }
        List<ConformanceRun.ServiceResult> results = ConformanceRun.run(settings);
        int failed = 0;
        out.println("Conformance of connector " + slug + " against " + endpoint);
        for (ConformanceRun.ServiceResult r : results) {
            out.println((r.passed() ? "PASS " : "FAIL ") + r.service() + " (" + r.mode() + "): " + r.detail());
            failed += r.passed() ? 0 : 1;
        }
        out.println((failed == 0 ? "OK " : "FAILED ") + (results.size() - failed) + " of " + results.size()
                + " service(s) passed");
        return failed == 0 && !results.isEmpty() ? OK : PROBLEMS;
    }
}
