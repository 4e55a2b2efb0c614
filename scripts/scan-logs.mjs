// Scans the logs a test run wrote (TEST_LOG_DIR) for what must never be logged: personnummer and
// samordningsnummer, tokens and cookies, and message or document text. Prints where, never what:
// a finding names the file, the line and the kind, with the match masked. Exit 1 on any finding.
// Plain Node with no dependencies, so it runs whatever else is installed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Month 01–12; day 01–31, or 61–91 for a samordningsnummer.
const DATE = '(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])';

export const rules = [
  { kind: 'personnummer (12 digits)', pattern: new RegExp(`(?<![\\w.])(?:18|19|20)\\d{2}${DATE}[-+]?\\d{4}(?![\\w])`) },
  { kind: 'personnummer (10 digits)', pattern: new RegExp(`(?<![\\w.])\\d{2}${DATE}[-+]\\d{4}(?![\\w])`) },
  { kind: 'session or CSRF cookie', pattern: /\b(?:sid|csrf)=[A-Za-z0-9_-]{16,}/ },
  { kind: 'bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i },
  { kind: 'BankID order secret', pattern: /"(?:autoStartToken|qrStartSecret|qrStartToken|orderRef)"\s*:\s*"/i },
  { kind: 'bus-ticket code', pattern: /\bT1\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  // Every payload of the hostile-text corpus carries this; seeing it means a message text was logged.
  { kind: 'message text (test corpus)', pattern: /__xss/ },
  // Fields that carry what residents and staff write or documents say; logs name ids, never these.
  { kind: 'text or body field', pattern: /"(?:text|body|content|note|answers)"\s*:\s*"/ },
];

export function scanText(text) {
  const findings = [];
  text.split('\n').forEach((line, index) => {
    const cleaned = line.replace(UUID, 'uuid');
    for (const { kind, pattern } of rules) {
      const match = cleaned.match(pattern);
      if (match) findings.push({ line: index + 1, kind, masked: `${match[0].slice(0, 3)}…(${match[0].length} chars)` });
    }
  });
  return findings;
}

function main() {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error(`scan-logs: no log folder ${dir ?? '(none given)'}: nothing was logged to scan`);
    process.exit(1);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
  let lines = 0;
  const problems = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    lines += text.split('\n').length;
    for (const f of scanText(text)) problems.push(`${file}:${f.line}: ${f.kind} ${f.masked}`);
  }
  if (lines < 100) {
    console.error(`scan-logs: only ${lines} log lines in ${files.length} files: the servers did not log, so the scan proves nothing`);
    process.exit(1);
  }
  if (problems.length) {
    console.error(`scan-logs: ${problems.length} findings in ${files.length} files (${lines} lines):\n${problems.slice(0, 50).join('\n')}`);
    process.exit(1);
  }
  console.log(`scan-logs: ${lines} lines in ${files.length} files, no personnummer, token or message text`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
