package id.go.tangerangkota.mpp.hub.request;

import java.time.OffsetDateTime;

/** One change of a request's state. */
public record HistoryEntry(int seq, RequestStatus status, OffsetDateTime at, String note) {
}
