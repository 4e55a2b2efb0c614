import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import type { DocumentContent } from '../document-content.ts';
import { layoutDocument, type Line } from './layout.ts';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.1, 0.35, 0.55);

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Renders documents to PDF with the unit's letterhead, in DejaVu Sans (shipped as an npm package, so
 * å ä ö é ü and symbols such as ≥ render without any system font). The font files are read and parsed
 * once per renderer and shared by every document; each PDF embeds only the glyphs it uses. Output
 * depends on the content alone (dates come from it), so a document renders the same every time.
 */
export class DocumentRenderer {
  private readonly regular = fontFile('DejaVuSans.ttf');
  private readonly bold = fontFile('DejaVuSans-Bold.ttf');
  private readonly parsed = new Map<Uint8Array, ReturnType<Fontkit['create']>>();
  /** pdf-lib parses the font bytes for every document; this hands it the parse it made the first time. */
  private readonly sharedFontkit: Fontkit = {
    create: (bytes: Uint8Array) => {
      let font = this.parsed.get(bytes);
      if (!font) this.parsed.set(bytes, (font = fontkit.create(bytes)));
      return font;
    },
  } as Fontkit;

  async render(content: DocumentContent): Promise<Uint8Array> {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    pdf.registerFontkit(this.sharedFontkit);
    const fonts = { regular: await pdf.embedFont(this.regular, { subset: true }), bold: await pdf.embedFont(this.bold, { subset: true }) };
    const dated = new Date(`${content.dated}T12:00:00Z`);
    pdf.setTitle(content.title);
    pdf.setAuthor(content.letterhead.unitName);
    pdf.setProducer('Vårdkontakten');
    pdf.setCreator('Vårdkontakten');
    pdf.setCreationDate(dated);
    pdf.setModificationDate(dated);
    pdf.setLanguage('sv-SE');

    const width = A4.width - 2 * MARGIN;
    const lines = layoutDocument(content, width, (text, size, bold) => (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, size));
    let page = this.newPage(pdf, content, fonts);
    let y = A4.height - 190;
    for (const line of lines) {
      if (y - line.size < MARGIN + 30) {
        page = this.newPage(pdf, content, fonts);
        y = A4.height - 190;
      }
      y -= line.gapBefore;
      this.drawLine(page, line, y, fonts);
      y -= line.size * 1.45;
    }
    const pages = pdf.getPages();
    pages.forEach((p, i) => {
      const footer = `${content.letterhead.unitName} · Sida ${i + 1} av ${pages.length}${content.controlCode ? ` · Styrkod ${content.controlCode}` : ''}`;
      p.drawText(footer, { x: MARGIN, y: MARGIN - 20, size: 8, font: fonts.regular, color: MUTED });
    });
    return pdf.save({ useObjectStreams: false });
  }

  private drawLine(page: PDFPage, line: Line, y: number, fonts: { regular: PDFFont; bold: PDFFont }) {
    page.drawText(line.text, { x: MARGIN + line.indent, y, size: line.size, font: line.bold ? fonts.bold : fonts.regular, color: line.muted ? MUTED : INK });
  }

  /** A page with the letterhead: unit, address and phone on the left, the region on the right, a rule under. */
  private newPage(pdf: PDFDocument, content: DocumentContent, fonts: { regular: PDFFont; bold: PDFFont }): PDFPage {
    const page = pdf.addPage([A4.width, A4.height]);
    const l = content.letterhead;
    const top = A4.height - MARGIN;
    page.drawText(l.unitName, { x: MARGIN, y: top - 14, size: 14, font: fonts.bold, color: RULE });
    page.drawText(`${l.streetAddress}, ${l.postalCode} ${l.city}`, { x: MARGIN, y: top - 32, size: 9, font: fonts.regular, color: MUTED });
    page.drawText(`Telefon ${l.phone}`, { x: MARGIN, y: top - 45, size: 9, font: fonts.regular, color: MUTED });
    const region = l.regionName;
    page.drawText(region, { x: A4.width - MARGIN - fonts.bold.widthOfTextAtSize(region, 11), y: top - 14, size: 11, font: fonts.bold, color: INK });
    const date = content.dated;
    page.drawText(date, { x: A4.width - MARGIN - fonts.regular.widthOfTextAtSize(date, 9), y: top - 32, size: 9, font: fonts.regular, color: MUTED });
    page.drawLine({ start: { x: MARGIN, y: top - 58 }, end: { x: A4.width - MARGIN, y: top - 58 }, thickness: 1.2, color: RULE });
    page.drawText(content.recipient.name, { x: MARGIN, y: top - 84, size: 11, font: fonts.regular, color: INK });
    page.drawText(content.recipient.identifier, { x: MARGIN, y: top - 98, size: 9, font: fonts.regular, color: MUTED });
    return page;
  }
}
