// Package metric counts HTTP requests and exposes them, with any gauges
// and counters the program adds, in the Prometheus text exposition format
// (version 0.0.4) without depending on a Prometheus client library.
//
// The series are warta_http_requests_total{method,route,code} and the
// histogram warta_http_request_duration_seconds{route}, plus whatever
// AddGauge and AddCounterFunc register; those are sampled at scrape time.
package metric
