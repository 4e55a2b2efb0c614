import sharp from 'sharp';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './limits.ts';
import type { SanitisedFile } from './sanitised-file.ts';
import { refuse, type UploadRefusal } from './upload-refusal.ts';

/** libvips' format names for what detectKind found; a disagreement means a file built to fool one of them. */
const SHARP_FORMAT = { jpeg: 'jpeg', png: 'png', heif: 'heif' } as const;

/**
 * iPhones' HEIC photos are HEVC inside HEIF. The prebuilt sharp decodes AV1 (AVIF) but has no HEVC
 * decoder, and lists only `.avif` as a heif suffix; a build listing `.heic` is taken at its word.
 */
export const CAN_DECODE_HEIC = sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false;

/**
 * Decodes and re-encodes a photo, so only pixels survive: no EXIF (GPS position, camera serial), no
 * bytes appended after the image, no chunks another program might interpret. The photo is turned
 * upright first, since the orientation tag goes with the rest of the metadata. HEIF becomes JPEG.
 * A picture over MAX_IMAGE_PIXELS counts as too large rather than unreadable: its header is fine, and
 * the sender can do something about it.
 */
export async function reencodeImage(bytes: Uint8Array, kind: keyof typeof SHARP_FORMAT): Promise<SanitisedFile | UploadRefusal> {
  try {
    // Reads the header only. Without `false`, sharp's own pixel limit would throw here and make an oversized picture look corrupt.
    const { format, width, height } = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (format !== SHARP_FORMAT[kind] || !width || !height) return refuse('attachment_unreadable');
    if (width * height > MAX_IMAGE_PIXELS) return refuse('attachment_too_large');
    // failOn 'error' refuses truncated and corrupt data but tolerates the harmless warnings some cameras cause.
    const upright = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .autoOrient()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true });
    if (kind === 'png') return { ok: true, contentType: 'image/png', bytes: await upright.png().toBuffer() };
    return { ok: true, contentType: 'image/jpeg', bytes: await upright.jpeg({ quality: 85 }).toBuffer() };
  } catch {
    return refuse(kind === 'heif' && !CAN_DECODE_HEIC ? 'attachment_heic_unsupported' : 'attachment_unreadable');
  }
}
