package id.go.tangerangkota.mpp.hub;

import id.go.tangerangkota.mpp.hub.kit.ConnectorCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The MPP integration hub: one counter API in front of the back ends of the 17 agencies of the
 * Mal Pelayanan Publik Kota Tangerang.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    /**
     * Starts the hub, or, with {@code connector ...} arguments, runs the connector kit and exits with
     * its code (see {@link ConnectorCommand}).
     */
    public static void main(String[] args) {
        if (ConnectorCommand.wanted(args)) {
            ConnectorCommand.quietLibraries();
            System.exit(new ConnectorCommand(System.out, System.err).run(args));
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
