/**
 * Simulated agency back ends for end-to-end tests and demos: real HTTP sockets, the agencies' own
 * paths, field names, checks and error texts, and fixed seed data (all people fictitious).
 *
 * <p>Written as the agency's side, so a connector bug shows up as a failure rather than a pass.
 * Plain JDK ({@code com.sun.net.httpserver}) and Jackson, no Spring: it runs inside a test, next
 * to the hub, or alone through {@link id.go.tangerangkota.mpp.hub.sandbox.SandboxMain}. Nothing
 * outside this package imports it.
 */
package id.go.tangerangkota.mpp.hub.sandbox;
