/** The scan could not run at all (no credentials, no account, no region): result `error`, exit 3. */
export class ScanError extends Error {
  override name = 'ScanError';
}
