/**
 * The VClaim protocol (the {@code vclaim} kamelet's Java half): the HMAC request signature, the
 * AES-256-CBC encryption of the answer's {@code response} and the LZString compression inside it.
 * Nothing here names an agency: a connector speaking {@code vclaim} supplies the credentials
 * {@code consId}, {@code secretKey} and {@code userKey}.
 */
package id.go.tangerangkota.mpp.hub.protocol.vclaim;
