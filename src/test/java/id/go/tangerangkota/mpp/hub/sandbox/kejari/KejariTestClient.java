package id.go.tangerangkota.mpp.hub.sandbox.kejari;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAnswer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlTestClient;

/** Calls the simulated Kejari PTSP back end over a real socket, as the connector would. */
final class KejariTestClient extends XmlTestClient<KejariTestClient.Answer> {

    static final String USERNAME = "mpp-kota-tangerang";
    static final String PASSWORD = "sandbox-kejari-demo-password";

    KejariTestClient(SandboxServer server) {
        super(server.baseUrl() + "/kejari/ptsp/v1", USERNAME, PASSWORD, Answer::of);
    }

    /** A parsed answer: its kode and pesan, and any element's text by name. */
    static final class Answer extends XmlAnswer {

        private Answer(String xml) {
            super(xml, "kode", "pesan");
        }

        static Answer of(String xml) {
            return new Answer(xml);
        }
    }
}
