import { describe, expect, it } from 'vitest';
import { cleanFileName } from './clean-file-name.ts';

describe('cleaning an attachment’s file name', () => {
  it.each([
    ['../../etc/passwd.png', 'image/png', 'passwd.png'],
    ['C:\\Users\\anna\\Desktop\\utslag.jpg', 'image/jpeg', 'utslag.jpg'],
    ['photo\u202Egnp.exe', 'image/png', 'photognp.png'],
    ['invoice.pdf', 'image/png', 'invoice.png'],
    ['IMG_0042.HEIC', 'image/jpeg', 'IMG_0042.jpg'],
    ['Bild.JPEG', 'image/jpeg', 'Bild.jpeg'],
    ['photo.exe.jpg', 'image/jpeg', 'photo.exe.jpg'],
    ['Dr. Berg remiss', 'application/pdf', 'Dr. Berg remiss.pdf'],
    ['  kallelse \t\n  maj  .pdf', 'application/pdf', 'kallelse maj.pdf'],
    ['<img src=x onerror=alert(1)>.pdf', 'application/pdf', 'img src=x onerror=alert(1).pdf'],
    ['remiss.pdf.', 'application/pdf', 'remiss.pdf'],
    ['nul\u0000byte\u0007.png', 'image/png', 'nulbyte.png'],
    ['\u2066isolate\u2069.png', 'image/png', 'isolate.png'],
    ['.bashrc', 'application/pdf', 'bashrc.pdf'],
    ['..', 'image/png', 'bilaga.png'],
    ['', 'application/pdf', 'bilaga.pdf'],
    ['???.jpg', 'image/jpeg', 'bilaga.jpg'],
    ['a\u030Angstro\u0308m.png', 'image/png', '\u00E5ngstr\u00F6m.png'],
  ] as const)('%j as %s becomes %j', (original, contentType, expected) => {
    expect(cleanFileName(original, contentType)).toBe(expected);
  });

  it('caps a long name at 100 characters, keeping the extension and whole characters', () => {
    expect(cleanFileName(`${'a'.repeat(300)}.jpg`, 'image/jpeg')).toBe(`${'a'.repeat(96)}.jpg`);
    const emoji = cleanFileName(`${'🩹'.repeat(300)}.png`, 'image/png');
    expect(Array.from(emoji)).toHaveLength(100);
    expect(emoji).toBe(`${'🩹'.repeat(96)}.png`);
  });
});
