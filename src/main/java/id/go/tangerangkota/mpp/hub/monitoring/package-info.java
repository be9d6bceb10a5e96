/**
 * Route health for integrators: each agency's operational state, and the health endpoint that
 * shows it.
 */
package id.go.tangerangkota.mpp.hub.monitoring;
