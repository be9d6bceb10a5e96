/**
 * The simulated BPJS Kesehatan: a VClaim-style web service that verifies the consumer id, the
 * timestamp window, the signature and the user key as VClaim does, answers encrypted, holds JKN cards
 * for the sandbox's citizens, and takes two invented membership applications (data correction, FKTP
 * change) deduplicated on the partner's reference. Details and test identifiers:
 * {@code connectors/bpjs-kesehatan/README.md}.
 */
package id.go.tangerangkota.mpp.hub.sandbox.bpjskesehatan;
