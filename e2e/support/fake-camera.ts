import { writeFileSync } from 'node:fs';
import sharp from 'sharp';

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a still video for Chromium's fake camera (--use-file-for-fake-video-capture): `picture`
 * centred on white, as one YUV 4:2:0 frame in a Y4M file, which Chromium plays in a loop.
 */
export async function writeFakeCameraVideo(picture: Buffer, file: string): Promise<string> {
  const inset = await sharp(picture).resize({ width: 360, height: 360, fit: 'contain', background: '#ffffff' }).png().toBuffer();
  const rgb = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#ffffff' } })
    .composite([{ input: inset, gravity: 'center' }])
    .removeAlpha()
    .raw()
    .toBuffer();
  const y = Buffer.alloc(WIDTH * HEIGHT);
  const u = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  const v = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2));
  const at = (x: number, row: number) => (row * WIDTH + x) * 3;
  for (let row = 0; row < HEIGHT; row++) {
    for (let x = 0; x < WIDTH; x++) {
      const i = at(x, row);
      y[row * WIDTH + x] = Math.round(0.299 * rgb[i]! + 0.587 * rgb[i + 1]! + 0.114 * rgb[i + 2]!);
    }
  }
  // Full-range (JPEG) chroma, each from the mean of its 2×2 block.
  for (let row = 0; row < HEIGHT / 2; row++) {
    for (let x = 0; x < WIDTH / 2; x++) {
      const mean = [0, 1, 2].map((c) => [at(2 * x, 2 * row), at(2 * x + 1, 2 * row), at(2 * x, 2 * row + 1), at(2 * x + 1, 2 * row + 1)].reduce((sum, i) => sum + rgb[i + c]!, 0) / 4);
      const [r, g, b] = mean as [number, number, number];
      u[row * (WIDTH / 2) + x] = Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      v[row * (WIDTH / 2) + x] = Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  }
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\nFRAME\n`), y, u, v]));
  return file;
}
