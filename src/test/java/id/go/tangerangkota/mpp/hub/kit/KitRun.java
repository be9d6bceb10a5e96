package id.go.tangerangkota.mpp.hub.kit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the connector kit's command in this JVM, as {@code java -jar mpp-hub.jar connector ...}
 * runs it: its exit code and everything it printed (standard output and error together).
 *
 * @param exitCode what the process would exit with
 * @param out      what it printed
 */
public record KitRun(int exitCode, String out) {

    /** Runs {@code connector <args>}. */
    public static KitRun of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String[] all = new String[args.length + 1];
        all[0] = "connector";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = new ConnectorCommand(print, print).run(all);
        return new KitRun(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
