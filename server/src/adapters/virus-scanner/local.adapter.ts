import { EICAR_TEST_FILE } from './eicar.ts';
import type { ScanVerdict, VirusScannerPort } from './virus-scanner.port.ts';

/** EICAR's own rules only require it at the start of a file; a little slack still catches it behind a header. */
const LOOK_IN_FIRST_BYTES = 4096;

/**
 * The embedded default scanner. It knows exactly one signature, the EICAR test file, so a demo or a test
 * can see the infected path end to end; it finds no real malware. It is tolerable as a default only
 * because files reach it after the upload pipeline's structural checks: the type is decided from content,
 * images are decoded and re-encoded, and PDFs with active content are refused and the rest rewritten.
 * Production configures clamd.
 */
export class LocalVirusScanner implements VirusScannerPort {
  async scan(bytes: Uint8Array): Promise<ScanVerdict> {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, LOOK_IN_FIRST_BYTES));
    return head.includes(EICAR_TEST_FILE) ? { clean: false, signature: 'Eicar-Test-Signature' } : { clean: true };
  }
}
