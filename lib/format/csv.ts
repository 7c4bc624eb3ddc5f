// CSV as spreadsheet programs read Chinese correctly: UTF-8 with a byte order mark, CRLF rows,
// every field quoted. Text starting with = + - @ is prefixed with ' so no formula runs (plain
// numbers such as -3.9 are left alone).
const BOM = '\uFEFF';

function field(value: string): string {
  const formulaLike = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value);
  const safe = formulaLike ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(columns: string[], rows: Array<Record<string, string>>): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c] ?? '')).join(','))];
  return BOM + lines.join('\r\n') + '\r\n';
}
