package id.go.tangerangkota.mpp.hub.sandbox.bpkd;

/** One service of the simulated BPKD API. */
interface BpkdService {

    /** The path under {@code /bpkd/keuda/api}, e.g. {@code /retribusi/cek}. */
    String path();

    /**
     * The {@code <respon>} of a successful call.
     *
     * @throws BpkdRejection when a check fails; its kode and pesan are answered
     */
    BpkdXml.Out answer(BpkdXml.Request request);
}
