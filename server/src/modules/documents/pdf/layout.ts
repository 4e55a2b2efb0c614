import type { DocumentContent } from '../document-content.ts';

export interface Line {
  text: string;
  size: number;
  bold: boolean;
  muted: boolean;
  indent: number;
  /** Extra space above the line, in points. */
  gapBefore: number;
}

type Measure = (text: string, size: number, bold: boolean) => number;

const kindHeading = { e_invitation: 'Kallelse', e_letter: 'Brev', referral_confirmation: 'Remissbekräftelse' } as const;

/** A visit's time as the letter says it, in Swedish time: "tisdag 24 november 2026 kl. 09:30". */
export function swedishDateTime(iso: string): string {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${date} kl. ${time}`;
}

/** Breaks text into lines that fit `width`, word by word; a word longer than a line is cut. */
export function wrap(text: string, width: number, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      let rest = word;
      while (!fits(rest) && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

/** The document's lines below the letterhead: kind, title, the visit, the text, links. */
export function layoutDocument(content: DocumentContent, width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  const add = (text: string, size: number, o: Partial<Omit<Line, 'text' | 'size'>> = {}) =>
    lines.push({ text, size, bold: o.bold ?? false, muted: o.muted ?? false, indent: o.indent ?? 0, gapBefore: o.gapBefore ?? 0 });
  const paragraph = (text: string, size: number, o: Partial<Omit<Line, 'text' | 'size'>> = {}) =>
    wrap(text, width - (o.indent ?? 0), (s) => measure(s, size, o.bold ?? false) <= width - (o.indent ?? 0)).forEach((t, i) => add(t, size, { ...o, gapBefore: i === 0 ? (o.gapBefore ?? 0) : 0 }));

  add(kindHeading[content.kind].toUpperCase(), 9, { bold: true, muted: true });
  paragraph(content.title, 16, { bold: true, gapBefore: 4 });
  if (content.booking) {
    add('Tid', 9, { bold: true, muted: true, gapBefore: 14 });
    paragraph(swedishDateTime(content.booking.startsAt), 12, { bold: true });
    add('Plats', 9, { bold: true, muted: true, gapBefore: 6 });
    paragraph(content.booking.place, 11);
    add('Besökstyp', 9, { bold: true, muted: true, gapBefore: 6 });
    paragraph(content.booking.typeName, 11);
  }
  paragraph(content.body, 11, { gapBefore: 16 });
  if (content.links.length) {
    add('Läs mer inför besöket', 9, { bold: true, muted: true, gapBefore: 16 });
    for (const link of content.links) {
      paragraph(link.title, 11, { gapBefore: 4 });
      paragraph(link.url, 9, { muted: true, indent: 12 });
    }
  }
  return lines;
}
