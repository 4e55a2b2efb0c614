import { createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { EICAR_TEST_FILE } from '../../../adapters/virus-scanner/eicar.ts';
import { LocalVirusScanner } from '../../../adapters/virus-scanner/local.adapter.ts';
import type { VirusScannerPort } from '../../../adapters/virus-scanner/virus-scanner.port.ts';
import { type InspectedUpload, inspectUpload, MAX_ATTACHMENT_BYTES, type UploadRefusal } from './inspect-upload.ts';
import { CAN_DECODE_HEIC } from './reencode-image.ts';

const scanner = new LocalVirusScanner();
const inspect = (bytes: Uint8Array, fileName: string, using: VirusScannerPort = scanner) => inspectUpload({ bytes, fileName, uploader: 'resident' }, using);
const text = (s: string) => Buffer.from(s, 'latin1');
const has = (bytes: Uint8Array, needle: string) => Buffer.from(bytes).includes(needle);

function accepted(result: InspectedUpload | UploadRefusal): InspectedUpload {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result;
}

function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#c8553d' } });
}

/** A minimal PDF written by hand, with a correct cross-reference table, so raw bytes are exactly as given. */
function handwrittenPdf(objects: string[], trailer = ''): Buffer {
  let body = '%PDF-1.7\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return text(body);
}

const pages = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
const withCatalog = (catalog: string) => handwrittenPdf([catalog, ...pages.slice(1)]);

describe('photos', () => {
  it('a JPEG loses its EXIF (GPS position included) and is turned upright', async () => {
    const input = await photo(200, 100)
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Anna Andersson' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(input).metadata()).exif).toBeDefined();

    const result = accepted(await inspect(input, 'utslag.jpg'));
    const metadata = await sharp(result.bytes).metadata();
    expect(result.contentType).toBe('image/jpeg');
    expect(metadata).toMatchObject({ format: 'jpeg', width: 100, height: 200 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(has(result.bytes, 'Anna Andersson')).toBe(false);
  });

  it('a PNG with an HTML payload appended (a polyglot) keeps its pixels and loses the payload', async () => {
    const png = await photo(64, 64).png().toBuffer();
    const result = accepted(await inspect(Buffer.concat([png, text('<html><script>alert(document.cookie)</script></html>')]), 'bild.png'));
    expect(result.contentType).toBe('image/png');
    expect(has(result.bytes, '<script>')).toBe(false);
    expect(await sharp(result.bytes).metadata()).toMatchObject({ format: 'png', width: 64, height: 64 });
  });

  it('a large photo is scaled down to 2560 px on its longest side', async () => {
    const result = accepted(await inspect(await photo(4000, 3000).jpeg().toBuffer(), 'stor.jpg'));
    expect(await sharp(result.bytes).metadata()).toMatchObject({ width: 2560, height: 1920 });
  });

  it('a JPEG named x.pdf is treated as a JPEG and renamed', async () => {
    const result = accepted(await inspect(await photo(10, 10).jpeg().toBuffer(), 'x.pdf'));
    expect(result).toMatchObject({ contentType: 'image/jpeg', name: 'x.jpg' });
  });

  it('a PNG declaring 30000 × 30000 pixels in a small file is refused before it is decoded', async () => {
    const bomb = pngOfZeros(30_000, 30_000);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await inspect(bomb, 'bomb.png')).toMatchObject({ ok: false, code: 'attachment_too_large' });
  });

  it('a truncated JPEG and a PNG signature followed by garbage are unreadable', async () => {
    const noise = await sharp(randomBytes(300 * 200 * 3), { raw: { width: 300, height: 200, channels: 3 } }).jpeg().toBuffer();
    expect(await inspect(noise.subarray(0, noise.byteLength / 2), 'halv.jpg')).toMatchObject({ ok: false, code: 'attachment_unreadable' });
    const png = await photo(10, 10).png().toBuffer();
    expect(await inspect(Buffer.concat([png.subarray(0, 8), randomBytes(500)]), 'trasig.png')).toMatchObject({ ok: false, code: 'attachment_unreadable' });
  });

  it('an AVIF (a HEIF sibling this build decodes) becomes a JPEG', async () => {
    const result = accepted(await inspect(await photo(40, 30).avif().toBuffer(), 'IMG_0001.avif'));
    expect(result).toMatchObject({ contentType: 'image/jpeg', name: 'IMG_0001.jpg' });
    expect(await sharp(result.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 40, height: 30 });
  });

  it(`HEIC is ${CAN_DECODE_HEIC ? 'converted to JPEG' : 'refused with advice, since this sharp build has no HEVC decoder'}`, async () => {
    if (CAN_DECODE_HEIC) {
      const heic = await photo(40, 30).heif({ compression: 'hevc' }).toBuffer();
      expect(accepted(await inspect(heic, 'IMG_0002.HEIC'))).toMatchObject({ contentType: 'image/jpeg', name: 'IMG_0002.jpg' });
    } else {
      const box = Buffer.concat([Buffer.from([0, 0, 0, 24]), text('ftypheic'), Buffer.alloc(4), text('mif1heic'), randomBytes(2000)]);
      expect(await inspect(box, 'IMG_0002.HEIC')).toMatchObject({ ok: false, code: 'attachment_heic_unsupported', message: expect.stringContaining('Most compatible') });
    }
  });
});

describe('PDFs', () => {
  it('PDF bytes named x.jpg are treated as a PDF, rewritten and renamed', async () => {
    const result = accepted(await inspect(withCatalog(pages[0]!), 'x.jpg'));
    expect(result).toMatchObject({ contentType: 'application/pdf', name: 'x.pdf' });
    expect((await PDFDocument.load(result.bytes)).getPageCount()).toBe(1);
  });

  it('junk after %%EOF does not survive the rewrite', async () => {
    const result = accepted(await inspect(Buffer.concat([withCatalog(pages[0]!), text('<script>alert(1)</script>')]), 'remiss.pdf'));
    expect(has(result.bytes, '<script>')).toBe(false);
    expect(Buffer.from(result.bytes).subarray(-1024).includes('%%EOF')).toBe(true);
  });

  it.each([
    ['an OpenAction running JavaScript', '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>'],
    ['a name hiding JavaScript behind #-escapes', '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>'],
    ['a Launch action', '<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>'],
    ['embedded files', '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [] >> >> >>'],
    ['an XFA form', '<< /Type /Catalog /Pages 2 0 R /AcroForm << /XFA [] >> >>'],
    ['additional actions', '<< /Type /Catalog /Pages 2 0 R /AA << /WC << /S /URI /URI (https://example.org) >> >> >>'],
  ])('%s is refused as active content', async (_name, catalog) => {
    expect(await inspect(withCatalog(catalog), 'a.pdf')).toMatchObject({ ok: false, code: 'attachment_active_content' });
  });

  it('JavaScript inside a compressed object stream is found too', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.catalog.set(PDFName.of('OpenAction'), document.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
    const bytes = await document.save({ useObjectStreams: true });
    expect(has(bytes, '/JavaScript')).toBe(false);
    expect(await inspect(bytes, 'a.pdf')).toMatchObject({ ok: false, code: 'attachment_active_content' });
  });

  it('a name that only starts like an active one (/AAPL:Keywords, which macOS Preview writes) is fine', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.catalog.set(PDFName.of('AAPL:Keywords'), document.context.obj([]));
    expect(accepted(await inspect(await document.save({ useObjectStreams: false }), 'preview.pdf')).contentType).toBe('application/pdf');
  });

  it('an encrypted PDF is unreadable', async () => {
    const encrypted = handwrittenPdf([...pages, '<< /Filter /Standard /V 1 /R 2 /O (x) /U (x) /P -4 >>'], '/Encrypt 4 0 R ');
    expect(await inspect(encrypted, 'låst.pdf')).toMatchObject({ ok: false, code: 'attachment_unreadable' });
  });

  it('a PDF without %%EOF near its end, or that pdf-lib cannot parse, is unreadable', async () => {
    expect(await inspect(Buffer.concat([withCatalog(pages[0]!), randomBytes(2048)]), 'a.pdf')).toMatchObject({ code: 'attachment_unreadable' });
    expect(await inspect(text('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R \nendobj\n%%EOF\n'), 'a.pdf')).toMatchObject({ code: 'attachment_unreadable' });
  });
});

describe('what is refused before any decoding', () => {
  it.each([
    ['a Windows executable named scan.pdf', Buffer.concat([text('MZ'), randomBytes(1000)]), 'scan.pdf'],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'), 'bild.svg'],
    ['an SVG named .png', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'bild.png'],
    ['an HTML page', text('<!doctype html><html><script>alert(1)</script></html>'), 'sida.html'],
    ['the EICAR test file, which is plain text', EICAR_TEST_FILE, 'eicar.pdf'],
    ['a video', Buffer.concat([Buffer.from([0, 0, 0, 24]), text('ftypisom'), Buffer.alloc(4), text('isomiso2'), randomBytes(100)]), 'film.heic'],
    ['an empty file', Buffer.alloc(0), 'tom.png'],
  ])('%s: type not allowed', async (_name, bytes, fileName) => {
    expect(await inspect(bytes, fileName)).toMatchObject({ ok: false, code: 'attachment_type_not_allowed' });
  });

  it('an input over 10 MB is too large, though it holds a valid PNG that decoding would accept', async () => {
    const oversized = Buffer.concat([await photo(10, 10).png().toBuffer(), Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    expect(await inspect(oversized, 'stor.png')).toMatchObject({ ok: false, code: 'attachment_too_large' });
  });
});

describe('the virus scan', () => {
  it('sees exactly the bytes that are stored, and their hash is returned', async () => {
    const scanned: Uint8Array[] = [];
    const result = accepted(await inspect(await photo(20, 20).png().toBuffer(), 'a.png', { scan: async (bytes) => (scanned.push(bytes), { clean: true }) }));
    expect(scanned).toEqual([result.bytes]);
    expect(result.sha256).toBe(createHash('sha256').update(result.bytes).digest('hex'));
  });

  it('an infected verdict refuses an otherwise valid file', async () => {
    const infected: VirusScannerPort = { scan: async () => ({ clean: false, signature: 'Win.Test.Stub' }) };
    expect(await inspect(await photo(20, 20).png().toBuffer(), 'a.png', infected)).toMatchObject({ ok: false, code: 'attachment_infected' });
  });

  it('a scanner that cannot answer makes the inspection fail instead of passing the file', async () => {
    const down: VirusScannerPort = { scan: async () => Promise.reject(new Error('clamd is down')) };
    await expect(inspect(await photo(20, 20).png().toBuffer(), 'a.png', down)).rejects.toThrow('clamd is down');
  });
});

/** A valid, fully compressed 1-bit greyscale PNG of the given size: all zeros deflate to almost nothing. */
function pngOfZeros(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.byteLength);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([text(type), data])));
    return Buffer.concat([length, text(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(1, 8); // bit depth
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
