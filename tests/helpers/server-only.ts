// Vitest stand-in for the `server-only` guard. The real module throws unless it is resolved under
// React's `react-server` condition, which only Next's server bundles use; the read-side modules it
// guards (lib/data/*) are plain functions that tests may call directly.
export {};
