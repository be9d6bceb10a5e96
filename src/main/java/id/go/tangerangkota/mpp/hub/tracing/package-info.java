/**
 * Tracing and logs: the trace id of every HTTP call on its response, its problems and its log
 * lines; NIKs masked in every log line, text or JSON. The spans themselves come from Spring Boot's
 * OpenTelemetry tracing (HTTP server) and Camel's OpenTelemetry tracer (routes, JMS, HTTP calls to
 * agencies), which share one SDK.
 */
package id.go.tangerangkota.mpp.hub.tracing;
