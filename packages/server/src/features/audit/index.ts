/** What others use of the audit feature: anchoring the chain outside the database, and checking it. */
export {
  ANCHOR_FORMAT,
  type AnchorCheck,
  type AuditAnchor,
  anchorAudit,
  anchorSigned,
  checkAnchors,
  loadAnchorKey,
  publicKeyText,
  readAnchors,
} from './anchor.ts';
