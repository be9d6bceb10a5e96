/**
 * The simulated Bank BJB SNAP gateway under {@code /bank-bjb}: the B2B access token and the
 * virtual-account services 24 (inquiry), 25 (payment) and 26 (status), written as the bank's side.
 * It verifies what a SNAP bank verifies (RSA token signature against the partner's registered public
 * key, token validity, HMAC-SHA512 transaction signatures, timestamp format and freshness, partner
 * and channel ids, X-EXTERNAL-ID format and uniqueness per day, mandatory fields and formats) and
 * answers with SNAP's own response codes. Its signature checks are written independently of the
 * hub's {@code protocol.snap} code, so a bug there shows up as a refusal here.
 */
package id.go.tangerangkota.mpp.hub.sandbox.bankbjb;
