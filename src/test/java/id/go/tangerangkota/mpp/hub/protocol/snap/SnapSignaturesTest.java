package id.go.tangerangkota.mpp.hub.protocol.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * SNAP's signatures against vectors computed independently with openssl on the command line
 * (commands beside each vector), with the sandbox demo key of application-sandbox.yaml.
 */
class SnapSignaturesTest {

    static final String TIMESTAMP = "2026-11-22T19:50:30+07:00";
    static final String CLIENT_KEY = "sandbox-mpp-tangerang";
    static final String CLIENT_SECRET = "sandbox-demo-snap-client-secret-mpp-tangerang";
    static final String TOKEN = "t0k3n-AbC_123";
    static final String PATH = "/bank-bjb/v1.0/transfer-va/inquiry";

    /** As a mapping writes it: indented, with spaces inside the padded partnerServiceId. */
    static final String PRETTY_BODY = """
            {
              "partnerServiceId" : "   88367",
              "customerNo" : "3671112611000123",
              "virtualAccountNo" : "   883673671112611000123",
              "inquiryRequestId" : "0195a1b2-0000-7000-8000-0000000000b1"
            }
            """;
    static final String MINIFIED = "{\"partnerServiceId\":\"   88367\",\"customerNo\":\"3671112611000123\","
            + "\"virtualAccountNo\":\"   883673671112611000123\","
            + "\"inquiryRequestId\":\"0195a1b2-0000-7000-8000-0000000000b1\"}";

    /** printf '%s' "$MINIFIED" | openssl dgst -sha256 */
    static final String BODY_SHA256 = "1849cec419f0d676d88a0f49e82c197539aeea6d38a351472aa54c4dfcc7414f";

    /**
     * printf '%s' "POST:/bank-bjb/v1.0/transfer-va/inquiry:t0k3n-AbC_123:$BODY_SHA256:2026-11-22T19:50:30+07:00" \
     *   | openssl dgst -sha512 -hmac 'sandbox-demo-snap-client-secret-mpp-tangerang' -binary | base64 -w0
     */
    static final String TRANSACTION_SIGNATURE =
            "+C6/CsihkCTkw47YcfoStVbKFZMj+u8RDPxigN0tFCWxQ+PfSAoZKYLaeQDkKLmZxgR0h9PIOKGGacK7GBNXXw==";

    /**
     * printf '%s' "sandbox-mpp-tangerang|2026-11-22T19:50:30+07:00" \
     *   | openssl dgst -sha256 -sign sandbox-demo-key.pem | base64 -w0
     * (PKCS#1 v1.5 signatures are deterministic, so the vector is exact.)
     */
    static final String TOKEN_SIGNATURE = "MDmnDoD2F7Pzxd/XDZSnplOk6dQ54PbrEX8zFDEfg3YBKCTfKch45uNuS/O21a1UO3VMnqqQ"
            + "UcxgmAA9KCh4I5f0VmLpCIGnHuC5Exo0gXvpJvKBFM3L5bgOE1oyYIl68xobkWuhI82BFEVumSJgoYDuscj/t7WSkI7TegtCp44+XOT"
            + "+z94m0aKECcyNGk3lZCXK35VuPbTqWln2kWsSxn8y2+SnFKcJYrhfhB69qaa7MxO+bIGTgJQdlC+CTnbSnl/Obz49MqFeF2rQVUK0Q5G"
            + "TqSRZhctlNd6+ofGd5ONl+oRdGX3tYxlOZRdZXVQI/0HXomrfB0uB0E3SrDM1GA==";

    @Test
    void minifierDropsWhitespaceOutsideStringsOnly() {
        assertThat(JsonMinifier.minify(PRETTY_BODY)).isEqualTo(MINIFIED);
        assertThat(JsonMinifier.minify("{ \"a\" : \"x \\\" y\\\\\" ,\t\"b\" : [ 1 , 2.50 ] }"))
                .isEqualTo("{\"a\":\"x \\\" y\\\\\",\"b\":[1,2.50]}");
        assertThat(JsonMinifier.minify(null)).isEmpty();
    }

    @Test
    void bodyHashIsLowerCaseHexSha256OfTheMinifiedBody() {
        assertThat(SnapSignatures.sha256Hex(MINIFIED)).isEqualTo(BODY_SHA256);
        // printf '' | openssl dgst -sha256: what a body-less request signs
        assertThat(SnapSignatures.sha256Hex(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void transactionSignatureMatchesOpenssl() {
        assertThat(SnapSignatures.transactionStringToSign("post", PATH, TOKEN, PRETTY_BODY, TIMESTAMP))
                .isEqualTo("POST:" + PATH + ":" + TOKEN + ":" + BODY_SHA256 + ":" + TIMESTAMP);
        assertThat(SnapSignatures.transactionSignature(CLIENT_SECRET, "POST", PATH, TOKEN, PRETTY_BODY, TIMESTAMP))
                .isEqualTo(TRANSACTION_SIGNATURE);
        assertThat(SnapSignatures.transactionSignature(CLIENT_SECRET + "x", "POST", PATH, TOKEN, PRETTY_BODY,
                TIMESTAMP)).isNotEqualTo(TRANSACTION_SIGNATURE);
    }

    @Test
    void tokenSignatureMatchesOpensslAndTheRegisteredPublicKeyVerifiesIt() throws Exception {
        PrivateKey key = PemKeys.rsaPrivateKey(SandboxDemoKey.pem());

        String signature = SnapSignatures.tokenSignature(key, CLIENT_KEY, TIMESTAMP);

        assertThat(signature).isEqualTo(TOKEN_SIGNATURE);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey(SandboxDemoKey.publicPem()));
        verifier.update((CLIENT_KEY + "|" + TIMESTAMP).getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(signature))).isTrue();
    }

    @Test
    void privateKeyIsReadFromPemWithOrWithoutLineBreaksOrHeaders() {
        String pem = SandboxDemoKey.pem();
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        PrivateKey reference = PemKeys.rsaPrivateKey(pem);

        assertThat(PemKeys.rsaPrivateKey(pem.replace("\n", "\\n")).getEncoded()).isEqualTo(reference.getEncoded());
        assertThat(PemKeys.rsaPrivateKey(base64).getEncoded()).isEqualTo(reference.getEncoded());
    }

    @Test
    void unusableKeysAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----"))
                .hasMessageContaining("PKCS#1").hasMessageContaining("pkcs8");
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey("not a key at all!"))
                .hasMessageContaining("not PEM").hasMessageNotContaining("at all");
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey("QUJDRA==")).hasMessageContaining("not a PKCS#8 RSA key");
        assertThatThrownBy(() -> PemKeys.rsaPrivateKey(" ")).hasMessageContaining("empty");
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
