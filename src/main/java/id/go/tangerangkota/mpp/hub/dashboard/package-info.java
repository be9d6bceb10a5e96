/**
 * The live dashboard at {@code /dashboard}: static files served from the jar
 * ({@code static/dashboard/}) that read the admin API in the browser, and the little web
 * configuration that serves them with strict headers.
 */
package id.go.tangerangkota.mpp.hub.dashboard;
