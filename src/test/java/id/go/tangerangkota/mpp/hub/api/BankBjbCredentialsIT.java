package id.go.tangerangkota.mpp.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbBackend;
import id.go.tangerangkota.mpp.hub.support.HubClient.Answer;
import id.go.tangerangkota.mpp.hub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The hub configured with an RSA key the bank never registered: the sandbox bank refuses the token
 * request's signature with SNAP's own code, and the counter gets a 502 naming Bank BJB. The wrong
 * key is made here at start, so no second private key sits in the repository.
 */
@TestPropertySource(properties = "mpp.data-dir=./target/it-data/${mpp.test.run:local}/bank-bjb-wrong-key")
class BankBjbCredentialsIT extends HubIntegrationTest {

    private static final String WRONG_KEY = newKey();

    @DynamicPropertySource
    static void wrongPrivateKey(DynamicPropertyRegistry properties) {
        properties.add("mpp.agency.bank-bjb.private-key",
                () -> "-----BEGIN PRIVATE KEY-----\n" + WRONG_KEY + "\n-----END PRIVATE KEY-----");
    }

    @Autowired
    SandboxServer sandbox;

    @Test
    void tokenSignedWithAnUnregisteredKeyIsA502NamingBankBjb() {
        Answer a = counter.post(BankBjbIT.INQUIRY, "{\"citizen\":{\"nik\":\"3671116304880006\"},"
                + "\"data\":{\"partnerServiceId\":\"88367\",\"customerNo\":\"3671112611000123\"}}");

        assertThat(a.status()).as(a.body()).isEqualTo(502);
        assertThat(a.json().path("type").asText()).endsWith("/agency-error");
        assertThat(a.json().path("agency").asText()).isEqualTo("bank-bjb");
        assertThat(a.json().path("detail").asText()).contains("Bank BJB").contains("4017300")
                .contains("Unauthorized. [Signature]").doesNotContain(WRONG_KEY.substring(0, 40));
        assertThat(sandbox.backend("bank-bjb", BankBjbBackend.class).tokensIssued()).isZero();
    }

    private static String newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(
                    generator.generateKeyPair().getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
