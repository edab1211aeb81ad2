export const TOOL_NAME = 'posture-gate';
/** Kept equal to package.json's version by a unit test; inlined so the bundle reads no files. */
export const TOOL_VERSION = '0.1.0';
