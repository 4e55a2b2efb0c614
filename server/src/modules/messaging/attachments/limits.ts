/** The largest upload accepted; checked before any decoding. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * Checked from the image header before any pixel is decoded, so a small file that unpacks to gigabytes
 * (a decompression bomb) is refused cheaply. Above the 50 MP of phones' high-resolution modes
 * (8160 × 6144), far below a bomb.
 */
export const MAX_IMAGE_PIXELS = 64_000_000;

/** Enough to read a rash or a wound on any screen; larger only costs storage and bandwidth. */
export const MAX_IMAGE_SIDE = 2560;
