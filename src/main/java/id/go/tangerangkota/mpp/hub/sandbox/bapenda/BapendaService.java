package id.go.tangerangkota.mpp.hub.sandbox.bapenda;

import java.util.Map;

/** One service of the simulated Bapenda API. */
interface BapendaService {

    /** The path under {@code /bapenda/api/v1}, e.g. {@code /pbb/sppt}. */
    String path();

    /**
     * The answer's fields besides {@code status} and {@code pesan} ({@code data}, and for lists
     * {@code meta}).
     *
     * @throws BapendaRejection when a check fails; its status and pesan are answered
     */
    Map<String, Object> answer(BapendaRequest request);
}
