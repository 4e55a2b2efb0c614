import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-size.ts';

describe('formatFileSize', () => {
  it('gives kilobytes below a megabyte, never zero', () => {
    expect(formatFileSize(12, 'sv')).toBe('1 kB');
    expect(formatFileSize(245_300, 'sv')).toBe('245 kB');
  });

  it('gives megabytes with one decimal in the language’s way', () => {
    expect(formatFileSize(1_234_567, 'sv')).toBe('1,2 MB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
  });
});
