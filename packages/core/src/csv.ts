/** CSV for spreadsheets: RFC 4180 quoting, lines ended by CRLF, and no cell a spreadsheet would run as a formula. */

export function csvField(value: string): string {
  // A leading =, +, - or @ would be a formula in a spreadsheet (OWASP's CSV injection advice).
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvTable(lines: readonly (readonly string[])[]): string {
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
