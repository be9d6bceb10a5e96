package id.go.tangerangkota.mpp.bench.scenario;

/**
 * The sandbox's demo credentials, as in the hub's {@code application-sandbox.yaml}: the direct
 * operations must authenticate at the simulated back ends exactly as the hub's connectors do. Every
 * value here is published on purpose and valid at the sandbox only; the bench holds no other secret.
 */
final class SandboxDemo {

    /** The demo counter's API key (README: demo-counter-mpp, site mpp-tangerang). */
    static final String COUNTER_API_KEY = "sandbox-key-counter-mpp";            // SANDBOX DEMO VALUE
    /** The counter site the demo key belongs to; the hub passes it on to some agencies. */
    static final String COUNTER_SITE = "mpp-tangerang";

    // Disdukcapil: credentials in the body; the institution path agreed in the PKS.
    static final String DUKCAPIL_INSTITUTION = "MPP-TANGERANG";
    static final String DUKCAPIL_USER_ID = "sandbox-mpp";                        // SANDBOX DEMO VALUE
    static final String DUKCAPIL_PASSWORD = "sandbox-demo-password";             // SANDBOX DEMO VALUE
    /** The address the hub presents to Dukcapil as ip_user (mpp.hub.address). */
    static final String DUKCAPIL_IP_USER = "127.0.0.1";

    // Samsat: WS-Security UsernameToken.
    static final String SAMSAT_USERNAME = "mpp-kota-tangerang";                  // SANDBOX DEMO VALUE
    static final String SAMSAT_PASSWORD = "sandbox-samsat-password";             // SANDBOX DEMO VALUE

    // BPJS Kesehatan: VClaim headers.
    static final String VCLAIM_CONS_ID = "24681";                                // SANDBOX DEMO VALUE
    static final String VCLAIM_SECRET_KEY = "sandbox-demo-vclaim-secret";        // SANDBOX DEMO VALUE
    static final String VCLAIM_USER_KEY = "sandbox-demo-vclaim-user-key";        // SANDBOX DEMO VALUE

    // Disnaker: the service account in the body (akunLayanan).
    static final String DISNAKER_USER_ID = "mpp-kota-tangerang";                 // SANDBOX DEMO VALUE
    static final String DISNAKER_PASSWORD = "sandbox-disnaker-demo-password";    // SANDBOX DEMO VALUE

    // Bank BJB: SNAP partner.
    static final String SNAP_CLIENT_KEY = "sandbox-mpp-tangerang";                              // SANDBOX DEMO VALUE
    static final String SNAP_CLIENT_SECRET = "sandbox-demo-snap-client-secret-mpp-tangerang";   // SANDBOX DEMO VALUE
    static final String SNAP_PARTNER_ID = "MPPTNG01";                                           // SANDBOX DEMO VALUE
    static final String SNAP_CHANNEL_ID = "95221";                                              // SANDBOX DEMO VALUE
    /**
     * SANDBOX DEMO KEY, NOT FOR PRODUCTION: the RSA key made for the simulator and published on
     * purpose; its public half is registered at the sandbox bank only.
     */
    static final String SNAP_PRIVATE_KEY = """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDFcpv7IW9rvKHg
            7XtD7zw6+I/0c/Pbh4wgKF9Erv8XmwDgMexSrRKTy5aRf1byq/cwo548VdyAlvOu
            jHjXuF8qHU/sADljP4ORFRfVFB0NRozd7tyB1P3vmxnTAg6LDUa2JQ7t6scqVUv/
            OLP2WasMPw+j9eXrNoD+l6DGbndhTuLTSISksxpEKTAkBtGMFqdcfkSLmgm7jFsJ
            aeUhE68GuhhmVtw6YYZrL/L1XivfnJ3smMWMMD3Ctlqu5cENImFSfAVGDbC5ydBP
            w6JsZ9Y2Gj5ysrIRGbp6pDzInh/kuDcp0Huew7+sVedZWjDGVzpvUIMl8LHBCM3n
            Nn1ZAo0rAgMBAAECggEAMxHExHzOa+hbWmkyY8ziIEKgQVModNSnar3mfkZhFoLy
            BAsFnBDF6FJVPIbaP2Q5SGxZhjOTF/NzTedpbipy+tqgDGO2dDQ+XG0/P863APMJ
            hnG8uRwVHj9Yu5ohlte1PXFyXhlGsG1lfbr12TcyJbW93uPAN0lerfscC5cQ66rd
            0lVhf+6CaPcTrNRItAocLTat5x54HEqQTDVY5EIjsY2T5wCxOiIx8UAAgTPFQ6HM
            Ad7lIQvvEJRC3hTY6RNDme86rWOB8MJE1UpKwCusXcX6iDi9HnqdpqxsitOxIpOn
            zHuoRT7TO4tEIZEgCwWkTNmKZwhBRRjV5k6qMpi3iQKBgQD5kP8CtLWC+qSDSCsB
            KsIzZsEn5qhfX6hzpDqaYzR1pDrXjY3IZ2ZUdz3GDxW0tfygLpL/G3ryPiCEtQSf
            FTKZSf+G1zwPQylOUY+Ukr7KBs3D0uX0DDOT2UItMbxj//7EVvnysi7NoNBcCq7u
            mMtwcQdSFr2TK6+R24okTlpi7wKBgQDKiahl7te5ZW9mxSzvj8mdH8Fxy1+2fWCI
            417Jj+ZiJpEczcgu1Gy353EsvtThT5tBJit8WVgJSU26/4RUL1wR9MfBOKTY5m0y
            NsJ/twoSdemCN7mxa6Tzuylg5YvgrcFH7kmHJL77tHbTBAtcVT1jSjU1GSCJ/Guo
            02DUE5lJhQKBgAX8eGF0PDZcFL4haQaqI+ZfvJpcagV/oebENbOmVYfM3Kx29MOt
            10KHaa/qhLbE9r5Q363G1vggjV8hiG7Yb1JF+B8f4ozrK355blw9+N2XtC/SSznD
            YSlWuMOkwcQUS+QhwfUUWRMNnHHYv8FxYM/dpjNN4FY7Yga5oWKljn15AoGALjh0
            Aa8b8+c+IQnmU1VRAVZ54uoykYbTPOoGe6EnRkbe3t/nSyiXFvDuVvPFyRVNrPR1
            AA+zk4ry/jXJkRytujtOSr4OgKE1UjxE7rhqyAO4okrtSZvzLNwNeVtpLID6ltu+
            U+UC4JYyd714ij25oKsSsWdmkZbVStXSRxOh67ECgYEA4k5fL8qZ2Y6k8iwHW3cf
            Me5382Pzi4hQgYwy+XDOEUjWVse3/THA04zpOOC9ouFAHGqOHWQl6ldwD6iW0s5W
            3v59Fox+OJJQNiRSZGUczkRYDT/4hYVuJayt8lXXQo30hXGi3myVKgaUq0niW+gP
            BGRBDqptX5GffmGrJaRm7nQ=
            -----END PRIVATE KEY-----
            """;                                                                    // SANDBOX DEMO VALUE

    private SandboxDemo() {
    }
}
