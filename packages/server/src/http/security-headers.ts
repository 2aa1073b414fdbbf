/**
 * The headers that tell a browser what a response may do. The web app runs under a strict
 * Content-Security-Policy: its scripts and styles come from its own files only (no inline script,
 * no inline style element, no eval), it connects to its own origin only, and no other site may frame
 * it. The API's answers are data, never a page: they may load nothing at all.
 *
 * Two allowances, each for a named part of the app:
 * - `worker-src blob:`: the network graph's layout (graphology-layout-forceatlas2/worker) runs in a
 *   worker it builds from a Blob, which only the app's own script can create;
 * - `img-src data: blob:`: the network graph exported as an image, and icons inlined by the build.
 * Styles set from script through the CSSOM (React's style prop, sigma's canvases) are not inline
 * styles in CSP's sense and need no allowance.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The policy of every page of the web app. */
export const WEB_APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The API's documentation (Swagger UI, under /api/docs) is a page for developers: its scripts are its
 * own files like the app's, but it writes a style element of its own, so styles alone may be inline.
 */
export const API_DOCS_POLICY = WEB_APP_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** The policy of the API's answers: JSON, files to download, never anything to run or show. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** A year, with subdomains: sent only on answers that came over TLS (directly or through the proxy). */
export const STRICT_TRANSPORT = 'max-age=31536000; includeSubDomains';

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  const policy = request.url.startsWith('/api/docs')
    ? API_DOCS_POLICY
    : request.url.startsWith('/api/')
      ? API_POLICY
      : WEB_APP_POLICY;
  reply.header('content-security-policy', policy);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cross-origin-resource-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
  // Behind a TLS-terminating proxy the protocol is the proxy's (X-Forwarded-Proto, with VEZA_TRUST_PROXY).
  if (request.protocol === 'https') reply.header('strict-transport-security', STRICT_TRANSPORT);
}
