// Sorting the problems of a verification into the checks a receiver makes. DOM-free: the
// sandbox uses it to pick the failure it reports, the portal to show each check.

const KIND_BY_CODE = {
  malformed_envelope: 'envelope',
  missing_field: 'envelope',
  credential_mismatch: 'envelope',
  invalid_json: 'envelope',
  // In a verification only the envelope's `request` member can fail so.
  not_a_container: 'envelope',
  bad_timestamp: 'timestamp',
  timestamp_out_of_window: 'timestamp',
  signature_mismatch: 'signature',
};

/** 'envelope' | 'timestamp' | 'signature' | 'request' (a problem of the request itself). */
export function problemKind(problem) {
  return KIND_BY_CODE[problem.code] ?? 'request';
}
