package id.go.tangerangkota.mpp.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import id.go.tangerangkota.mpp.hub.support.TestDataKeys;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The personal-data cipher: AES-256-GCM values that name their key, refuse to decrypt when changed
 * or moved to another row, and stay readable across a key rotation while the old key is configured.
 */
class DataCipherTest {

    private static final String CITIZEN = "{\"citizen\":{\"nik\":\"3671011203850001\"},\"name\":\"BUDI SANTOSO\"}";
    private static final String ROW = "service_request/0195a1b2-0000-7000-8000-000000000001/payload";

    @Test
    void aValueIsStoredUnderItsKeyIdWithAFreshIvAndReadsBack() {
        DataCipher cipher = TestDataKeys.cipher("k1");

        String first = cipher.encrypt(CITIZEN, ROW);
        String second = cipher.encrypt(CITIZEN, ROW);

        assertThat(first).startsWith("enc:v1:k1:").doesNotContain("3671011203850001").doesNotContain("BUDI");
        assertThat(second).as("a fresh random IV per value").isNotEqualTo(first);
        assertThat(Base64.getDecoder().decode(first.substring("enc:v1:k1:".length())))
                .as("12 bytes IV + ciphertext + 16 bytes tag").hasSize(12 + CITIZEN.length() + 16);
        assertThat(cipher.decrypt(first, ROW)).isEqualTo(CITIZEN);
        assertThat(DataCipher.keyIdOf(first)).isEqualTo("k1");
        assertThat(cipher.encrypt(null, ROW)).isNull();
        assertThat(cipher.decrypt(null, ROW)).isNull();
    }

    @Test
    void aChangedValueFailsItsIntegrityCheck() {
        DataCipher cipher = TestDataKeys.cipher("k1");
        String stored = cipher.encrypt(CITIZEN, ROW);
        byte[] raw = Base64.getDecoder().decode(stored.substring("enc:v1:k1:".length()));
        raw[20] ^= 1;
        String tampered = "enc:v1:k1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered, ROW)).isInstanceOf(DataCipher.TamperedData.class)
                .hasMessageNotContaining("3671011203850001");
        assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, stored.length() - 8), ROW))
                .isInstanceOf(DataCipher.TamperedData.class);
        assertThatThrownBy(() -> cipher.decrypt("enc:v1:k1:not*base64", ROW))
                .isInstanceOf(DataCipher.TamperedData.class);
    }

    @Test
    void aValueCopiedToAnotherRowOrColumnDoesNotDecryptThere() {
        DataCipher cipher = TestDataKeys.cipher("k1");
        String stored = cipher.encrypt(CITIZEN, ROW);

        assertThatThrownBy(() -> cipher.decrypt(stored,
                "service_request/0195a1b2-0000-7000-8000-000000000002/payload"))
                .isInstanceOf(DataCipher.TamperedData.class);
        assertThatThrownBy(() -> cipher.decrypt(stored,
                "service_request/0195a1b2-0000-7000-8000-000000000001/result"))
                .isInstanceOf(DataCipher.TamperedData.class);
    }

    @Test
    void afterARotationOldValuesReadWhileTheirKeyIsConfiguredAndNameItWhenItIsGone() {
        String underOld = TestDataKeys.cipher("k1").encrypt(CITIZEN, ROW);
        DataCipher rotated = TestDataKeys.cipher("k2", "k1");

        assertThat(rotated.decrypt(underOld, ROW)).isEqualTo(CITIZEN);
        assertThat(rotated.needsRewrite(underOld)).isTrue();
        String rewritten = rotated.encrypt(rotated.decrypt(underOld, ROW), ROW);
        assertThat(rewritten).startsWith("enc:v1:k2:");
        assertThat(rotated.needsRewrite(rewritten)).isFalse();

        DataCipher retired = TestDataKeys.cipher("k2");
        assertThat(retired.decrypt(rewritten, ROW)).isEqualTo(CITIZEN);
        assertThatThrownBy(() -> retired.decrypt(underOld, ROW)).isInstanceOf(DataKeyMissing.class)
                .hasMessageContaining("'k1'").hasMessageContaining("mpp.security.data-keys.k1")
                .hasMessageNotContaining("BUDI");
    }

    @Test
    void aValueStoredBeforeEncryptionIsReadAsItIsAndMarkedForRewriting() {
        DataCipher cipher = TestDataKeys.cipher("k1");

        assertThat(cipher.decrypt(CITIZEN, ROW)).isEqualTo(CITIZEN);
        assertThat(cipher.needsRewrite(CITIZEN)).isTrue();
        assertThat(cipher.needsRewrite(null)).isFalse();
    }

    @Test
    void missingOrMalformedKeysStopTheHubNamingTheSettingNeverTheKey() {
        assertThatThrownBy(() -> new DataKeys(Map.of(), "")).hasMessageContaining("mpp.security.data-key-current")
                .hasMessageContaining("MPP_SECURITY_DATAKEYCURRENT");
        assertThatThrownBy(() -> new DataKeys(Map.of("k1", TestDataKeys.keyOf("k1")), "k2"))
                .hasMessageContaining("mpp.security.data-keys.k2").hasMessageContaining("MPP_SECURITY_DATAKEYS_K2");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new DataKeys(Map.of("k1", shortKey), "k1"))
                .hasMessageContaining("mpp.security.data-keys.k1").hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new DataKeys(Map.of("k1", "not base64!"), "k1")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new DataKeys(Map.of("Key_1", TestDataKeys.keyOf("x")), "Key_1"))
                .hasMessageContaining("lowercase letters and digits");
    }

    @Test
    void keysComeFromEnvironmentVariablesAsDocumented() {
        StandardEnvironment environment = new StandardEnvironment();
        // Named as the real one, so Spring maps its variable names as it maps the process's environment.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "MPP_SECURITY_DATAKEYS_K2", TestDataKeys.keyOf("k2"),
                "MPP_SECURITY_DATAKEYS_K1", TestDataKeys.keyOf("k1"),
                "MPP_SECURITY_DATAKEYCURRENT", "k2")));
        ConfigurationPropertySources.attach(environment);

        DataKeys keys = DataKeys.from(environment);

        assertThat(keys.currentId()).isEqualTo("k2");
        assertThat(keys.ids()).containsExactlyInAnyOrder("k1", "k2");
        String underK1 = TestDataKeys.cipher("k1").encrypt(CITIZEN, ROW);
        assertThat(new DataCipher(keys).decrypt(underK1, ROW)).isEqualTo(CITIZEN);
    }

    @Test
    void productionRefusesTheSandboxDemoDataKey() {
        Map<String, String> demo = ProductionSafety.demoValues();
        assertThat(demo).containsKey("mpp.security.data-keys.sandbox");
        StandardEnvironment production = new StandardEnvironment();
        production.setActiveProfiles("production");
        production.getPropertySources().addFirst(new MapPropertySource("copied", Map.of(
                "mpp.security.data-keys.sandbox", demo.get("mpp.security.data-keys.sandbox"),
                "mpp.security.data-key-current", "sandbox")));

        assertThatThrownBy(() -> ProductionSafety.check(production))
                .hasMessageContaining("mpp.security.data-keys.sandbox")
                .hasMessageNotContaining(demo.get("mpp.security.data-keys.sandbox"));
    }
}
