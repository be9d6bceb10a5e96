package id.go.tangerangkota.mpp.hub.sandbox.pln;

/**
 * What the simulated PLN host and applications desk agreed with the MPP: the ids a host-to-host
 * partner is registered with, and the applications API key.
 *
 * @param switcherId         partner (switcher) id: bit 33 and the first field of bit 48
 * @param bankCode           bank code: bit 32
 * @param terminalId         the MPP's registered terminal: bit 41
 * @param applicationsApiKey the key of the (invented) REST applications interface
 */
record PlnSettings(String switcherId, String bankCode, String terminalId, String applicationsApiKey) {

    /**
     * SANDBOX DEMO values, published in the docs and in application-sandbox.yaml on purpose: they
     * open nothing but this simulator.
     */
    static PlnSettings demo() {
        return new PlnSettings("MPPTNG1", "4510017", "MPPTNG-LOKET-001", "sandbox-pln-applications-key");
    }
}
