/** What a file's first bytes say it is; its name and any declared type are never asked. */
export type DetectedKind = 'jpeg' | 'png' | 'heif' | 'pdf';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [...'%PDF-'].map((c) => c.charCodeAt(0));
/** ISO-BMFF brands of HEIF stills and sequences; AVIF files carry mif1 too, and are handled the same way. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'mif1', 'msf1']);

export function detectKind(bytes: Uint8Array): DetectedKind | undefined {
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, PDF)) return 'pdf';
  if (isHeif(bytes)) return 'heif';
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** The `ftyp` box comes first: size, "ftyp", major brand, minor version, then compatible brands. */
function isHeif(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 16 || view.toString('latin1', 4, 8) !== 'ftyp') return false;
  // Real ftyp boxes list a handful of brands; the cap keeps a forged box size from costing a long loop.
  const boxEnd = Math.min(view.readUInt32BE(0), view.byteLength, 256);
  const brands = [view.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(view.toString('latin1', at, at + 4));
  return brands.some((brand) => HEIF_BRANDS.has(brand));
}
