package id.go.tangerangkota.mpp.hub.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated agencies the sandbox serves besides Disdukcapil (which {@link SandboxServer} wires
 * itself, as the population's owner). Add one line per agency.
 */
final class SandboxBackends {

    private SandboxBackends() {
    }

    static List<AgencyBackend> all() {
        List<AgencyBackend> backends = new ArrayList<>();
        // one line per agency, e.g. backends.add(new id.go...sandbox.pdam.PdamBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.atrbpn.AtrBpnBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bankbjb.BankBjbBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bapenda.BapendaBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan.BpjsKesehatanBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bpjstk.BpjsTkBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.dinsos.DinsosBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.disnaker.DisnakerBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bnn.BnnBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.kejari.KejariBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.bpkd.BpkdBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.pdam.PdamBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.pengadilanagama.PengadilanAgamaBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.pln.PlnBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.polres.PolresBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.samsat.SamsatBackend());
        backends.add(new id.go.tangerangkota.mpp.hub.sandbox.taspen.TaspenBackend());
        return backends;
    }
}
