/**
 * SNAP (Standar Nasional Open API Pembayaran, Bank Indonesia): what the {@code snap} kamelet cannot
 * do in YAML. The B2B access token signed with SHA256withRSA ({@link
 * id.go.tangerangkota.mpp.hub.protocol.snap.SnapTokens}), the HMAC-SHA512 transaction signature over
 * the minified body ({@link id.go.tangerangkota.mpp.hub.protocol.snap.SnapSignatures},
 * {@link id.go.tangerangkota.mpp.hub.protocol.snap.JsonMinifier}), the X-EXTERNAL-ID derived from the
 * hub's request id ({@link id.go.tangerangkota.mpp.hub.protocol.snap.SnapExternalId}) and the call
 * itself ({@link id.go.tangerangkota.mpp.hub.protocol.snap.SnapCall}).
 *
 * <p>Nothing here names a bank: credentials come from the envelope ({@code credentials.clientKey,
 * clientSecret, privateKey, partnerId, channelId}), endpoints and paths from the kamelet.
 */
package id.go.tangerangkota.mpp.hub.protocol.snap;
