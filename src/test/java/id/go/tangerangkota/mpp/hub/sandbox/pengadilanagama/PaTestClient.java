package id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAnswer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlTestClient;

/** Calls the simulated Pengadilan Agama PTSP back end over a real socket, as the connector would. */
final class PaTestClient extends XmlTestClient<PaTestClient.Answer> {

    static final String USERNAME = "mpp-tangerang";
    static final String PASSWORD = "sandbox-pa-demo-password";

    PaTestClient(SandboxServer server) {
        super(server.baseUrl() + "/pengadilan-agama/ptsp/api", USERNAME, PASSWORD, Answer::of);
    }

    /** A parsed answer: its kode and keterangan, and any element's text by name. */
    static final class Answer extends XmlAnswer {

        private Answer(String xml) {
            super(xml, "kode", "keterangan");
        }

        static Answer of(String xml) {
            return new Answer(xml);
        }
    }
}
