/**
 * Anchoring the audit chain outside the database. The chain proves that no entry was changed or
 * taken out of its middle, but entries removed from its end leave a shorter chain that is still
 * whole. So, at intervals, the chain's last entry (its number and hash) is signed (Ed25519, with a
 * key kept outside the database) and exported: appended as one JSON line to a file the operator
 * chooses, on another disk or host, and sent by e-mail when an address is given. `veza audit verify
 * --anchor FILE` then finds every anchored entry in the chain, with the same hash: an entry removed
 * from the end is named, with when it was anchored. An anchor holds no personal data.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'drizzle-orm';
import { asSystem } from '../../access/transaction.ts';
import { type Database, rowsOf } from '../../db/connection.ts';

export const ANCHOR_FORMAT = 'veza-audit-anchor/1';

export interface AuditAnchor {
  readonly format: typeof ANCHOR_FORMAT;
  readonly seq: number;
  readonly hash: string;
  readonly at: string;
  /** The signer's public key (SPKI, base64): pin it with --public-key to trust no other. */
  readonly publicKey: string;
  readonly signature: string;
}

/** What is signed: the format, the entry, its hash and the time, in one line. */
function signedText(anchor: Pick<AuditAnchor, 'seq' | 'hash' | 'at'>): Buffer {
  return Buffer.from(`${ANCHOR_FORMAT} ${anchor.seq} ${anchor.hash} ${anchor.at}`);
}

/** The signing key from its file (PKCS#8 PEM), made on first use, readable by its owner only. */
export function loadAnchorKey(file: string): KeyObject {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  }
  return createPrivateKey(readFileSync(file, 'utf8'));
}

export function publicKeyText(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The chain's last entry, or null before the first. */
export async function auditHead(database: Database): Promise<{ seq: number; hash: string } | null> {
  const [row] = await asSystem(database, async (tx) =>
    rowsOf<{ seq: number; hash: string }>(
      await tx.execute(sql`select seq, hash from audit_log order by seq desc limit 1`),
    ),
  );
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

export function signAnchor(head: { seq: number; hash: string }, at: Date, key: KeyObject): AuditAnchor {
  const unsigned = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return {
    format: ANCHOR_FORMAT,
    ...unsigned,
    publicKey: publicKeyText(key),
    signature: sign(null, signedText(unsigned), key).toString('base64'),
  };
}

/** Whether the anchor's signature holds, by its own key or by the one pinned. */
export function anchorSigned(anchor: AuditAnchor, pinnedPublicKey?: string): boolean {
  if (pinnedPublicKey && anchor.publicKey !== pinnedPublicKey.trim()) return false;
  try {
    const key = createPublicKey({
      key: Buffer.from(anchor.publicKey, 'base64'),
      format: 'der',
      type: 'spki',
    });
    return verify(null, signedText(anchor), key, Buffer.from(anchor.signature, 'base64'));
  } catch {
    return false;
  }
}

export interface AnchorTarget {
  /** The file anchors are appended to (null: none). */
  readonly file: string | null;
  /** Where each anchor is sent as well (null: nowhere). */
  readonly email: ((subject: string, text: string) => Promise<void>) | null;
  readonly key: KeyObject;
}

/** Signs the chain's head now and exports it; null when the chain is still empty. */
export async function anchorAudit(
  database: Database,
  target: AnchorTarget,
  now: Date,
): Promise<AuditAnchor | null> {
  const head = await auditHead(database);
  if (!head) return null;
  const anchor = signAnchor(head, now, target.key);
  const line = JSON.stringify(anchor);
  if (target.file) {
    mkdirSync(dirname(target.file), { recursive: true });
    appendFileSync(target.file, `${line}\n`, { mode: 0o600 });
  }
  if (target.email) await target.email(`Veza audit anchor: entry ${head.seq}`, `${line}\n`);
  return anchor;
}

/** The anchors of a file, one JSON line each; a line that is not one is named. */
export function readAnchors(file: string): AuditAnchor[] {
  if (!existsSync(file)) throw new Error(`${file}: no such anchor file`);
  const anchors: AuditAnchor[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      let parsed: AuditAnchor;
      try {
        parsed = JSON.parse(line) as AuditAnchor;
      } catch {
        throw new Error(`${file} line ${index + 1}: not an anchor`);
      }
      if (parsed.format !== ANCHOR_FORMAT || !Number.isInteger(parsed.seq) || typeof parsed.hash !== 'string')
        throw new Error(`${file} line ${index + 1}: not an anchor`);
      anchors.push(parsed);
    });
  return anchors;
}

export type AnchorCheck =
  | { ok: true; anchors: number; latest: AuditAnchor | null }
  | { ok: false; problem: string };

/**
 * Every anchor's entry is in the chain with the anchored hash. Anchors whose signature fails (or
 * that another key signed, when one is pinned) are a problem too: someone wrote the file.
 */
export async function checkAnchors(
  database: Database,
  anchors: readonly AuditAnchor[],
  pinnedPublicKey?: string,
): Promise<AnchorCheck> {
  for (const anchor of anchors)
    if (!anchorSigned(anchor, pinnedPublicKey))
      return {
        ok: false,
        problem: `the anchor of ${anchor.at} (entry ${anchor.seq}) is not signed by the audit anchor key`,
      };
  const head = await auditHead(database);
  for (const anchor of [...anchors].sort((a, b) => b.seq - a.seq)) {
    const [row] = await asSystem(database, async (tx) =>
      rowsOf<{ hash: string }>(await tx.execute(sql`select hash from audit_log where seq = ${anchor.seq}`)),
    );
    if (!row)
      return {
        ok: false,
        problem:
          `entry ${anchor.seq}, anchored on ${anchor.at}, is missing: the chain ends at entry ${head?.seq ?? 0}, ` +
          'so entries were removed from its end',
      };
    if (row.hash !== anchor.hash)
      return {
        ok: false,
        problem: `entry ${anchor.seq} is not the one anchored on ${anchor.at}: its hash differs`,
      };
  }
  const latest = anchors.reduce<AuditAnchor | null>((a, b) => (a && a.seq >= b.seq ? a : b), null);
  return { ok: true, anchors: anchors.length, latest };
}
