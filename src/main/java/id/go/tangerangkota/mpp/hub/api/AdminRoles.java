package id.go.tangerangkota.mpp.hub.api;

import java.util.Arrays;

import id.go.tangerangkota.mpp.hub.security.Role;

/**
 * Who may use an admin operation: integrators read, admins act. The role is the one the API key
 * filter set from the key (a client cannot send its own).
 */
final class AdminRoles {

    private AdminRoles() {
    }

    /** Integrators and admins. */
    static void requireReader(String role) {
        require(role, "Only integrator and admin keys may read this", Role.INTEGRATOR, Role.ADMIN);
    }

    /** Admins only. */
    static void requireAdmin(String role, String what) {
        require(role, "Only an admin key may " + what, Role.ADMIN);
    }

    private static void require(String role, String detail, Role... allowed) {
        if (role == null || Arrays.stream(allowed).noneMatch(r -> r.name().equals(role))) {
            throw new HubProblem(ProblemType.FORBIDDEN, detail);
        }
    }
}
