/**
 * One Content-Security-Policy for both the desktop window and browser mode: nothing remote.
 * Spelling runs Hunspell compiled to WebAssembly in a worker of Spalt's own: WebAssembly needs
 * 'wasm-unsafe-eval' (compiling a module, never eval of JavaScript), the worker only 'self'.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
