/**
 * Storage machinery shared by the parts that must make a record durable before a call goes on (the
 * audit trail, the citizen access log): {@link id.go.tangerangkota.mpp.hub.store.GroupCommitWriter}.
 */
package id.go.tangerangkota.mpp.hub.store;
