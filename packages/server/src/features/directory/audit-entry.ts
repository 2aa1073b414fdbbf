/** What the audit entry of a change to the directory says: the fields it touched. */
export function changedFields(change: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, ...rest } = change;
  return { fields: Object.keys(rest).filter((k) => rest[k] !== undefined) };
}
