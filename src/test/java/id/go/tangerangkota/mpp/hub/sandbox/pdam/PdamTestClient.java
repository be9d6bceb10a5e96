package id.go.tangerangkota.mpp.hub.sandbox.pdam;

import id.go.tangerangkota.mpp.hub.sandbox.SandboxServer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlAnswer;
import id.go.tangerangkota.mpp.hub.sandbox.XmlTestClient;

/** Calls the simulated Tirta Benteng back end over a real socket, as the connector would. */
final class PdamTestClient extends XmlTestClient<PdamTestClient.Answer> {

    static final String USERNAME = "loket-mpp";
    static final String PASSWORD = "sandbox-pdam-demo-password";

    PdamTestClient(SandboxServer server) {
        super(server.baseUrl() + "/pdam/api", USERNAME, PASSWORD, Answer::of);
    }

    /** A parsed answer: its status and message, and any element's text by name. */
    static final class Answer extends XmlAnswer {

        private Answer(String xml) {
            super(xml, "status", "message");
        }

        static Answer of(String xml) {
            return new Answer(xml);
        }
    }
}
