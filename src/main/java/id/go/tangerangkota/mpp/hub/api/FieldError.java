package id.go.tangerangkota.mpp.hub.api;

/**
 * One invalid field of a request, named by its path in the JSON body (e.g. {@code citizen.nik},
 * {@code data.child.birthDate}) or by the header or parameter it came from.
 *
 * @param field   where the problem is
 * @param message what is wrong, never repeating the value (it may be personal data)
 */
public record FieldError(String field, String message) {
}
