package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;

import java.time.Duration;
import java.util.Objects;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxContext;

/**
 * What BPJS Kesehatan issued to the MPP as a VClaim consumer, as the provider stores it, and how
 * far a request's X-timestamp may be from the provider's clock.
 *
 * @param consId    the consumer id ({@code X-cons-id})
 * @param secretKey the consumer secret (HMAC key, part of the answer key)
 * @param userKey   the {@code user_key} of the service
 * @param maxSkew   the largest accepted difference between X-timestamp and the provider's clock
 */
record VclaimSettings(String consId, String secretKey, String userKey, Duration maxSkew) {

    /** Property prefix of the sandbox's own settings, e.g. {@code mpp.sandbox.bpjs-kesehatan.cons-id}. */
    static final String PREFIX = "mpp.sandbox.bpjs-kesehatan.";

    VclaimSettings {
        Objects.requireNonNull(consId, "consId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(maxSkew, "maxSkew");
    }

    /**
     * The provider's settings: the SANDBOX DEMO credentials (the same values as
     * application-sandbox.yaml gives the hub), each overridable by a sandbox property. They open
     * nothing but this simulator; real VClaim credentials never go into code.
     */
    static VclaimSettings of(SandboxContext context) {
        return new VclaimSettings(
                context.property(PREFIX + "cons-id", "24681"),
                context.property(PREFIX + "secret-key", "sandbox-demo-vclaim-secret"),
                context.property(PREFIX + "user-key", "sandbox-demo-vclaim-user-key"),
                Duration.ofSeconds(Long.parseLong(context.property(PREFIX + "max-skew-seconds", "300"))));
    }

    /** Keeps the secrets out of logs and assertion messages. */
    @Override
    public String toString() {
        return "VclaimSettings[consId=" + consId + ", secretKey=***, userKey=***, maxSkew=" + maxSkew + "]";
    }
}
