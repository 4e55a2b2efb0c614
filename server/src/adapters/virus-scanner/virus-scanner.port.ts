/** What a virus scanner says about one file: clean, or the name of the signature it matched. */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

export interface VirusScannerPort {
  /**
   * Scans the bytes that are about to be stored. Rejects when the scanner cannot answer; the caller then
   * refuses the upload, because an unanswered scan must never count as clean.
   */
  scan(bytes: Uint8Array): Promise<ScanVerdict>;
}
