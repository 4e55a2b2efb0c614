import { randomUUID } from 'node:crypto';
import type { TestBrowser } from './test-browser.ts';

/** A multipart/form-data body with one file, as a browser's upload form sends it. */
export function multipart(fileName: string, bytes: Buffer, field = 'file', contentType = 'application/octet-stream'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----vk${randomUUID()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(browser: TestBrowser, path: string, fileName: string, bytes: Buffer, field?: string) {
  const { body, headers } = multipart(fileName, bytes, field);
  return browser.post(path, body, headers);
}
