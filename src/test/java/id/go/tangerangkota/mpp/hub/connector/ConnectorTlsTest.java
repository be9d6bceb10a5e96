package id.go.tangerangkota.mpp.hub.connector;

import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.registry;
import static id.go.tangerangkota.mpp.hub.support.SandboxConnectors.sandboxEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.go.tangerangkota.mpp.hub.support.FileTrees;
import id.go.tangerangkota.mpp.hub.support.TestPki;
import id.go.tangerangkota.mpp.hub.support.TlsConnectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * The {@code tls} section of a connector descriptor as the loader checks it: a good set-up loads
 * with exactly the key it names; each fault makes only that connector INVALID with the field and the
 * fix, never repeating a password.
 */
class ConnectorTlsTest {

    private static final String SLUG = "bank-bjb";
    private static final String P = "mpp.agency.bank-bjb.tls.";

    @TempDir
    static Path pkiDir;
    private static TestPki.Identity client;
    private static Path twoKeys;
    private static Path trust;

    @TempDir
    Path connectors;

    @BeforeAll
    static void certificates() throws IOException {
        TestPki pki = new TestPki(pkiDir);
        TestPki.Authority partners = pki.authority("partners");
        TestPki.Authority bank = pki.authority("bank");
        client = pki.issue(partners, "hub-client", "mpp-hub", "mpp-hub client");
        // A keystore with two keys: the loader must be told which one to present.
        twoKeys = pkiDir.resolve("two-keys.p12");
        Files.copy(client.keystore(), twoKeys);
        TestPki.Identity other = pki.issue(partners, "other", "other", "other client");
        java.security.KeyStore source = load(other.keystore());
        java.security.KeyStore target = load(twoKeys);
        java.security.KeyStore.PasswordProtection protection =
                new java.security.KeyStore.PasswordProtection(TestPki.PASSWORD.toCharArray());
        try {
            target.setEntry("other", source.getEntry("other", protection), protection);
            try (var out = Files.newOutputStream(twoKeys)) {
                target.store(out, TestPki.PASSWORD.toCharArray());
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        trust = pki.truststore("bank-trust", bank);
    }

    private MockEnvironment environment(Path keystore, String password) {
        MockEnvironment environment = sandboxEnvironment()
                .withProperty("mpp.agency.bank-bjb.url", "https://localhost:8443/bank-bjb")
                .withProperty(P + "keystore", keystore.toString())
                .withProperty(P + "keystore-password", password)
                .withProperty(P + "truststore", trust.toString())
                .withProperty(P + "truststore-password", TestPki.PASSWORD);
        return environment;
    }

    /** Only the schema and the agencies a test needs: loading all seventeen each time is slow. */
    private void copy(String slug) throws IOException {
        Files.copy(Path.of("connectors", "connector.schema.json"), connectors.resolve("connector.schema.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FileTrees.copy(Path.of("connectors", slug), connectors.resolve(slug));
    }

    private Connector load(String section, MockEnvironment environment) throws IOException {
        copy(SLUG);
        TlsConnectors.write(connectors, SLUG, section);
        return registry("file:" + connectors, environment).find(SLUG).orElseThrow();
    }

    @Test
    void aGoodSetUpLoadsWithTheOneKeyItPresentsAndItsPins() throws Exception {
        Connector bank = load(TlsConnectors.section(SLUG, true, null), environment(client.keystore(), TestPki.PASSWORD));

        assertThat(bank.problems()).isEmpty();
        assertThat(bank.state()).isEqualTo(ConnectorState.AVAILABLE);
        assertThat(bank.tls()).isNotNull();
        assertThat(bank.tls().clientCertificate().getSubjectX500Principal().getName()).contains("mpp-hub client");
        assertThat(bank.tls().trustStore().size()).isEqualTo(1);
        assertThat(bank.tls().protocols()).containsExactly("TLSv1.3", "TLSv1.2");
        assertThat(bank.tls().sslContext()).isNotNull();
        assertThat(bank.tls().toString()).doesNotContain(TestPki.PASSWORD);
    }

    @Test
    void ofTwoKeysTheAliasChoosesAndWithoutItTheLoaderAsks() throws Exception {
        Connector chosen = load(TlsConnectors.section(SLUG, true, "other"), environment(twoKeys, TestPki.PASSWORD));
        assertThat(chosen.problems()).isEmpty();
        assertThat(chosen.tls().keyStore().size()).isEqualTo(1);
        assertThat(chosen.tls().clientCertificate().getSubjectX500Principal().getName()).contains("other client");

        Connector unsure = load(TlsConnectors.section(SLUG, true, null), environment(twoKeys, TestPki.PASSWORD));
        assertThat(unsure.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(unsure.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("connectors/bank-bjb/connector.yaml").contains("tls.keystore").contains("tls.alias"));

        Connector missing = load(TlsConnectors.section(SLUG, true, "nobody"), environment(twoKeys, TestPki.PASSWORD));
        assertThat(missing.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("tls.alias"));
    }

    @Test
    void aWrongPasswordIsNamedWithoutBeingRepeated() throws IOException {
        Connector bank = load(TlsConnectors.section(SLUG, true, null), environment(client.keystore(), "wrong-s3cret"));

        assertThat(bank.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(bank.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("tls.keystore.password"));
        assertThat(bank.problems().toString()).doesNotContain("wrong-s3cret").doesNotContain(TestPki.PASSWORD);
    }

    @Test
    void aMissingFileAnUnsetSettingAndAPlainHttpEndpointAreEachNamed() throws IOException {
        Connector noFile = load(TlsConnectors.section(SLUG, true, null),
                environment(pkiDir.resolve("absent.p12"), TestPki.PASSWORD));
        assertThat(noFile.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("tls.keystore.path").contains("does not exist"));

        MockEnvironment unset = environment(client.keystore(), TestPki.PASSWORD);
        unset.setProperty(P + "truststore-password", "");
        Connector noPassword = load(TlsConnectors.section(SLUG, true, null), unset);
        assertThat(noPassword.problems()).anySatisfy(p -> assertThat(p.toString())
                .contains("tls.truststore.password").contains("MPP_AGENCY_BANKBJB_TLS_TRUSTSTOREPASSWORD"));

        MockEnvironment plain = environment(client.keystore(), TestPki.PASSWORD);
        plain.setProperty("mpp.agency.bank-bjb.url", "http://127.0.0.1:8090/bank-bjb");
        Connector http = load(TlsConnectors.section(SLUG, true, null), plain);
        assertThat(http.problems()).anySatisfy(p -> assertThat(p.toString()).contains("endpoint").contains("https://"));
    }

    @Test
    void aPasswordWrittenIntoTheDescriptorIsRefusedByTheSchema() throws IOException {
        String section = TlsConnectors.section(SLUG, true, null)
                .replace("password: ${mpp.agency.bank-bjb.tls.keystore-password}", "password: hunter2");

        Connector bank = load(section, environment(client.keystore(), TestPki.PASSWORD));

        assertThat(bank.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(bank.problems()).anySatisfy(p -> assertThat(p.toString()).contains("tls.keystore.password"));
        assertThat(bank.problems().toString()).doesNotContain("hunter2");
    }

    @Test
    void tlsOnANonHttpProtocolIsRefused() throws IOException {
        copy("samsat");
        TlsConnectors.write(connectors, "samsat", TlsConnectors.section("samsat", true, null));
        MockEnvironment environment = sandboxEnvironment();
        for (String name : new String[] {"keystore", "truststore"}) {
            environment.setProperty("mpp.agency.samsat.tls." + name, name.equals("keystore")
                    ? client.keystore().toString() : trust.toString());
            environment.setProperty("mpp.agency.samsat.tls." + name + "-password", TestPki.PASSWORD);
        }

        Connector samsat = registry("file:" + connectors, environment).find("samsat").orElseThrow();

        assertThat(samsat.state()).isEqualTo(ConnectorState.INVALID);
        assertThat(samsat.problems()).anySatisfy(p -> assertThat(p.toString()).contains("tls").contains("soap"));
    }

    private static java.security.KeyStore load(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, TestPki.PASSWORD.toCharArray());
            return store;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
