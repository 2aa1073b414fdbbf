/** Configuration from the environment, read once; every variable is listed in README.md. */
import { resolve } from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** The key that seals TOTP secrets, outside the database (secret-box.ts): given, or read from the file. */
  readonly secretKey: string | null;
  readonly secretKeyFile: string;
  readonly databaseUrl: string | null;
  readonly production: boolean;
  readonly demoPassword: string;
  /**
   * The regional secret for hit/no-hit encodings (VEZA_REGIONAL_SECRET, at least 16 characters).
   * Outside production a fixed demo secret stands in; in production, without one, hit/no-hit is off.
   */
  readonly regionalSecret: Uint8Array | null;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly signInWindowMinutes: number;
  readonly maxFailuresPerAccount: number;
  readonly maxFailuresPerAddress: number;
  readonly bodyLimitBytes: number;
  readonly webDistDir: string | null;
  readonly logLevel: string;
  /** Behind a reverse proxy, trust its X-Forwarded-For for the client's address. */
  readonly trustProxy: boolean;
  /** Server processes sharing the port; PostgreSQL only (PGlite lives in one process). */
  readonly workers: number;
  /** Database connections per server process (PostgreSQL). */
  readonly poolSize: number;
  /** The largest file that may be attached to a case. */
  readonly attachmentMaxBytes: number;
  /** Where notification e-mails are sent through (SMTP_URL); without it, none are sent. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** The address users reach Veza at, for the link in e-mails. */
  readonly publicUrl: string;
  /** How often an unacknowledged urgent alert to a 24/7 contact point is repeated. */
  readonly urgentRepeatMinutes: number;
  /** The bearer token a Prometheus scraper sends to /api/metrics; without it, only from this machine. */
  readonly metricsToken: string | null;
  /** How long a background job is left to the process that took it before another may take it over. */
  readonly jobLeaseSeconds: number;
  /** How many follow-ups (duplicates, hit/no-hit) may run at once across every process. */
  readonly followUpConcurrency: number;
  /** Where the audit chain's signed head is appended at intervals (null: not to a file; 'off' in the environment). */
  readonly auditAnchorFile: string | null;
  /** Where each anchor is e-mailed as well (with SMTP_URL). */
  readonly auditAnchorEmail: string | null;
  /** The Ed25519 key anchors are signed with, made on first use. */
  readonly auditAnchorKeyFile: string;
  readonly auditAnchorMinutes: number;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.VEZA_DATA_DIR || './data'),
    secretKey: env.VEZA_SECRET_KEY || null,
    secretKeyFile: resolve(env.VEZA_SECRET_KEY_FILE || './secrets/veza.key'),
    databaseUrl: env.DATABASE_URL || null,
    production: env.NODE_ENV === 'production',
    demoPassword: env.VEZA_DEMO_PASSWORD || 'veza-demo-2026',
    regionalSecret: regionalSecret(env),
    sessionIdleMinutes: intFrom(env, 'VEZA_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: intFrom(env, 'VEZA_SESSION_ABSOLUTE_HOURS', 12),
    signInWindowMinutes: intFrom(env, 'VEZA_SIGN_IN_WINDOW_MINUTES', 15),
    maxFailuresPerAccount: intFrom(env, 'VEZA_SIGN_IN_MAX_FAILURES_ACCOUNT', 5),
    maxFailuresPerAddress: intFrom(env, 'VEZA_SIGN_IN_MAX_FAILURES_ADDRESS', 20),
    bodyLimitBytes: intFrom(env, 'VEZA_BODY_LIMIT_BYTES', 1_048_576),
    webDistDir: env.VEZA_WEB_DIST === undefined ? null : env.VEZA_WEB_DIST,
    logLevel: env.VEZA_LOG_LEVEL || 'warn',
    trustProxy: env.VEZA_TRUST_PROXY === '1' || env.VEZA_TRUST_PROXY === 'true',
    workers: intFrom(env, 'VEZA_WORKERS', 1),
    poolSize: intFrom(env, 'VEZA_DB_POOL_SIZE', 20),
    attachmentMaxBytes: intFrom(env, 'VEZA_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.VEZA_MAIL_FROM || 'Veza <no-reply@veza.invalid>',
    publicUrl: env.VEZA_PUBLIC_URL || `http://localhost:${intFrom(env, 'PORT', 8080)}`,
    urgentRepeatMinutes: intFrom(env, 'VEZA_URGENT_REPEAT_MINUTES', 5),
    metricsToken: env.VEZA_METRICS_TOKEN || null,
    jobLeaseSeconds: intFrom(env, 'VEZA_JOB_LEASE_SECONDS', 30),
    followUpConcurrency: intFrom(env, 'VEZA_FOLLOW_UP_CONCURRENCY', 1),
    auditAnchorFile:
      env.VEZA_AUDIT_ANCHOR_FILE === 'off'
        ? null
        : resolve(env.VEZA_AUDIT_ANCHOR_FILE || './secrets/audit-anchors.jsonl'),
    auditAnchorEmail: env.VEZA_AUDIT_ANCHOR_EMAIL || null,
    auditAnchorKeyFile: resolve(env.VEZA_AUDIT_ANCHOR_KEY_FILE || './secrets/audit-anchor.key'),
    auditAnchorMinutes: intFrom(env, 'VEZA_AUDIT_ANCHOR_MINUTES', 60),
  };
}

function regionalSecret(env: NodeJS.ProcessEnv): Uint8Array | null {
  const text = env.VEZA_REGIONAL_SECRET;
  if (text) {
    if (text.length < 16) throw new Error('VEZA_REGIONAL_SECRET must be at least 16 characters');
    return Buffer.from(text, 'utf8');
  }
  return env.NODE_ENV === 'production' ? null : Buffer.from('veza demo regional secret, never for real data');
}
