package id.go.tangerangkota.mpp.hub.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The databases the storage tests run on: H2 (file, PostgreSQL mode) as a local run uses it, and
 * PostgreSQL as production and CI use it. Each test database is fresh and migrated by Flyway.
 *
 * <p>PostgreSQL is found at {@code MPP_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code MPP_TEST_POSTGRES_USER}, default
 * postgres). Where none answers, the PostgreSQL runs are skipped with a message saying how to enable
 * them, unless {@code CI=true}: there a missing PostgreSQL is a failure, never a silent skip.
 */
public final class Databases {

    private Databases() {
    }

    /** A migrated H2 file database in the given folder. */
    public static DataSource h2(Path folder) {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:file:" + folder.resolve("mpp-hub").toAbsolutePath() + ";MODE=PostgreSQL", "sa", "");
        migrate(ds);
        return ds;
    }

    /** A migrated, fresh schema on the test PostgreSQL; call {@link #dropPostgresSchema} after. */
    public static PostgresSchema postgres() {
        String url = env("MPP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("MPP_TEST_POSTGRES_USER", "postgres");
        String password = env("MPP_TEST_POSTGRES_PASSWORD", "");
        String schema = "mpp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException unreachable) {
            String message = "PostgreSQL is not reachable at " + url + " (" + unreachable.getMessage()
                    + "). Start PostgreSQL or set MPP_TEST_POSTGRES_URL / MPP_TEST_POSTGRES_USER to run the"
                    + " storage tests against it.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + " CI=true: the PostgreSQL runs are required.");
            }
            Assumptions.abort(message);
        }
        DriverManagerDataSource ds = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, user, password);
        migrate(ds);
        return new PostgresSchema(ds, url, user, password, schema);
    }

    /** A test schema on PostgreSQL. */
    public record PostgresSchema(DataSource dataSource, String url, String user, String password, String schema) {
    }

    public static void dropPostgresSchema(PostgresSchema p) {
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), p.password());
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + p.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test schema " + p.schema(), e);
        }
    }

    private static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
