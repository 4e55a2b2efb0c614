import { mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface TestLogFile {
  write(chunk: string | Buffer): void;
}

const open = new Map<string, TestLogFile>();

/**
 * With TEST_LOG_DIR set (npm test sets it), servers under test log at info level into files there,
 * and the run ends with a scan of them for personnummer, tokens and message text
 * (scripts/scan-logs.mjs). One file per name and test process. Writes are synchronous: a test
 * process may end at any moment, and a buffered line lost then would escape the scan.
 */
export function testLogFile(name: string): TestLogFile | undefined {
  const dir = process.env.TEST_LOG_DIR;
  if (!dir) return undefined;
  const path = join(dir, `${name}-${process.pid}.log`);
  let file = open.get(path);
  if (!file) {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(path, 'a');
    file = { write: (chunk) => void writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk) };
    open.set(path, file);
  }
  return file;
}
