package id.go.tangerangkota.mpp.hub.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import ch.qos.logback.classic.Level;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.slf4j.LoggerFactory;

/**
 * An Artemis broker as an operator would run it beside the hub, and nothing of the hub's: a TCP
 * acceptor, a persistent journal, security on, and the stock {@code broker.xml} address settings
 * (every address dead-letters to {@code DLQ} after 10 attempts). Two users: {@link #HUB_USER}, who
 * may use and manage the broker, and {@link #PLAIN_USER}, who may use it but not manage it.
 *
 * <p>Run it as its own process ({@code java -cp <test classpath> ...StandaloneBroker <port> <folder>})
 * to kill it with SIGKILL and start it again on the same journal; it prints {@link #READY} once it
 * listens. Tests in one JVM call {@link #start} instead.
 */
public final class StandaloneBroker {

    /** Printed on standard output once the broker accepts connections. */
    public static final String READY = "STANDALONE BROKER READY";
    public static final String HUB_USER = "mpp-hub";
    public static final String HUB_PASSWORD = "test-broker-password-hub";
    public static final String PLAIN_USER = "no-manage";
    public static final String PLAIN_PASSWORD = "test-broker-password-plain";

    private StandaloneBroker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedActiveMQ broker = start(Integer.parseInt(args[0]), Path.of(args[1]));
        System.out.println(READY);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                // going away anyway
            }
        }));
        Thread.currentThread().join();
    }

    /** Starts a broker listening on 127.0.0.1:{@code port} with its journal under {@code folder}. */
    public static EmbeddedActiveMQ start(int port, Path folder) throws Exception {
        // An operator's broker logs at INFO, without an audit line per session and message (outside
        // Spring Boot, Logback would log everything).
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq")).setLevel(Level.INFO);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.apache.activemq.audit")).setLevel(Level.WARN);
        Files.createDirectories(folder);
        Configuration config = new ConfigurationImpl()
                .setName("standalone")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(folder.resolve("journal").toString())
                .setBindingsDirectory(folder.resolve("bindings").toString())
                .setPagingDirectory(folder.resolve("paging").toString())
                .setLargeMessagesDirectory(folder.resolve("large-messages").toString())
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false);
        config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
        // As the stock broker.xml: dead letters and expired messages have a queue of their own.
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue"))
                .setMaxDeliveryAttempts(10)
                .setRedeliveryDelay(0L)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        config.addQueueConfiguration(QueueConfiguration.of("DLQ").setRoutingType(RoutingType.ANYCAST));
        config.addQueueConfiguration(QueueConfiguration.of("ExpiryQueue").setRoutingType(RoutingType.ANYCAST));

        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser(HUB_USER, HUB_PASSWORD);
        users.addRole(HUB_USER, "hub");
        users.addUser(PLAIN_USER, PLAIN_PASSWORD);
        users.addRole(PLAIN_USER, "plain");
        config.putSecurityRoles("#", Set.of(role("hub", false), role("plain", false)));
        config.putSecurityRoles(config.getManagementAddress().toString(), Set.of(role("hub", true), role("plain", false)));

        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config)
                .setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
        return broker;
    }

    /** Sends, consumes, browses and creates and deletes queues and addresses; manages only if told. */
    private static Role role(String name, boolean manage) {
        return new Role(name, true, true, true, true, true, true, manage, true, true, true, false, false);
    }
}
