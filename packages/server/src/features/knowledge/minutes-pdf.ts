/**
 * A meeting's minutes as a PDF (pdfmake, with the Roboto fonts it ships, which cover Latin,
 * Albanian and Cyrillic letters): the meeting, its participants and their attendance, the agenda,
 * the minutes (Markdown laid out as headings, paragraphs, lists and tables), the decisions and the
 * action points with owner and due date. Minutes not yet approved say so on every page. pdfmake
 * may read only its own fonts and fetch nothing.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { lexer, type Token, type Tokens } from 'marked';
import pdfmake from 'pdfmake';
import type { MeetingView } from './schema.ts';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(check: (url: string) => boolean): void;
  setLocalAccessPolicy(check: (file: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

const printer = pdfmake as unknown as PdfMake;
const fontsDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
printer.setFonts({
  Roboto: {
    normal: path.join(fontsDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontsDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontsDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontsDir, 'Roboto-MediumItalic.ttf'),
  },
});
printer.setUrlAccessPolicy(() => false);
printer.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir));

type Inline =
  | string
  | { text: Inline[] | string; bold?: boolean; italics?: boolean; link?: string; color?: string };

function inline(tokens: readonly Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push({ text: inline((t as Tokens.Strong).tokens), bold: true });
        break;
      case 'em':
        out.push({ text: inline((t as Tokens.Em).tokens), italics: true });
        break;
      case 'link': {
        const href = (t as Tokens.Link).href;
        out.push({
          text: inline((t as Tokens.Link).tokens),
          ...(/^https?:/i.test(href) ? { link: href, color: '#1d4ed8' } : {}),
        });
        break;
      }
      case 'br':
        out.push('\n');
        break;
      case 'html':
        break;
      default:
        if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) out.push(...inline(t.tokens));
        else out.push(decode('text' in t ? String(t.text) : t.raw));
    }
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function blocks(markdown: string): unknown[] {
  const out: unknown[] = [];
  for (const t of lexer(markdown)) {
    switch (t.type) {
      case 'heading':
        out.push({
          text: inline((t as Tokens.Heading).tokens),
          style: (t as Tokens.Heading).depth <= 2 ? 'h2' : 'h3',
        });
        break;
      case 'paragraph':
        out.push({ text: inline((t as Tokens.Paragraph).tokens), margin: [0, 0, 0, 6] });
        break;
      case 'list': {
        const list = t as Tokens.List;
        const items = list.items.map((item) => ({
          text: inline(item.tokens.flatMap((x) => ('tokens' in x && x.tokens ? x.tokens : [x]))),
        }));
        out.push({ [list.ordered ? 'ol' : 'ul']: items, margin: [0, 0, 0, 6] });
        break;
      }
      case 'blockquote':
        out.push({ stack: blocks((t as Tokens.Blockquote).text), margin: [12, 0, 0, 6], italics: true });
        break;
      case 'code':
        out.push({ text: (t as Tokens.Code).text, fontSize: 9, margin: [0, 0, 0, 6] });
        break;
      case 'table': {
        const table = t as Tokens.Table;
        out.push({
          table: {
            headerRows: 1,
            body: [
              table.header.map((c) => ({ text: inline(c.tokens), bold: true })),
              ...table.rows.map((r) => r.map((c) => ({ text: inline(c.tokens) }))),
            ],
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 6],
        });
        break;
      }
      case 'hr':
        out.push({
          canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 0.5 }],
          margin: [0, 4, 0, 8],
        });
        break;
      case 'space':
      case 'html':
        break;
      default:
        out.push({ text: decode(t.raw) });
    }
  }
  return out;
}

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Belgrade',
  }).format(new Date(iso));

const STATUS: Record<string, string> = {
  invited: 'invited',
  confirmed: 'confirmed',
  declined: 'declined',
  attended: 'attended',
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  cancelled: 'cancelled',
};

/** The minutes of the meeting as PDF bytes. */
export async function minutesPdf(meeting: MeetingView): Promise<Buffer> {
  const approved = meeting.minutesStatus === 'approved';
  const doc = {
    info: {
      title: `Minutes: ${meeting.title}`,
      author: meeting.organiser.agency,
      subject: approved ? 'Approved minutes' : 'Draft minutes (not approved)',
      creator: 'Veza',
    },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      h1: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 4] },
      th: { bold: true },
    },
    ...(approved ? {} : { watermark: { text: 'DRAFT', opacity: 0.08, bold: true } }),
    header: approved
      ? undefined
      : {
          text: 'Draft minutes: not approved by the organiser',
          alignment: 'center',
          margin: [0, 20, 0, 0],
          fontSize: 8,
          color: '#b91c1c',
        },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `Veza · ${meeting.title}`, fontSize: 8, color: '#555' },
        { text: `${page} / ${pages}`, alignment: 'right', fontSize: 8, color: '#555' },
      ],
      margin: [40, 10, 40, 0],
    }),
    content: [
      { text: meeting.title, style: 'title' },
      {
        table: {
          widths: [90, '*'],
          body: [
            ['Date', `${when(meeting.startsAt)}${meeting.endsAt ? ` – ${when(meeting.endsAt)}` : ''}`],
            ['Place', meeting.place],
            [
              'Organiser',
              `${meeting.organiser.name}, ${meeting.organiser.agency} (${meeting.organiser.jurisdiction})`,
            ],
            ['Jurisdictions', meeting.jurisdictions.join(', ')],
            [
              'Minutes',
              approved
                ? `approved by ${meeting.minutesApprovedBy ?? ''} on ${meeting.minutesApprovedAt ? when(meeting.minutesApprovedAt) : ''}`
                : 'draft, not approved',
            ],
          ].map(([k, v]) => [{ text: k, bold: true }, v]),
        },
        layout: 'noBorders',
      },
      { text: 'Participants', style: 'h1' },
      meeting.participants.length
        ? {
            table: {
              headerRows: 1,
              widths: ['*', '*', '*', 40, 60],
              body: [
                ['Name', 'Function', 'Agency', 'Jur.', 'Status'].map((h) => ({ text: h, style: 'th' })),
                ...meeting.participants.map((p) => [
                  p.name,
                  p.function,
                  p.agency,
                  p.jurisdiction,
                  STATUS[p.status] ?? p.status,
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: '—' },
      { text: 'Agenda', style: 'h1' },
      ...(meeting.agenda.markdown.trim() ? blocks(meeting.agenda.markdown) : [{ text: '—' }]),
      { text: 'Minutes', style: 'h1' },
      ...(meeting.minutes.markdown.trim() ? blocks(meeting.minutes.markdown) : [{ text: '—' }]),
      { text: 'Decisions', style: 'h1' },
      meeting.decisions.length ? { ol: meeting.decisions.map((d) => d.text) } : { text: '—' },
      { text: 'Action points', style: 'h1' },
      meeting.actionPoints.length
        ? {
            table: {
              headerRows: 1,
              widths: ['*', 130, 60, 55],
              body: [
                ['Action', 'Owner', 'Due', 'Status'].map((h) => ({ text: h, style: 'th' })),
                ...meeting.actionPoints.map((a) => [
                  `${a.decision ? `(${a.decision.position}) ` : ''}${a.title}`,
                  `${a.owner.name}, ${a.owner.agency} (${a.owner.jurisdiction})`,
                  a.dueOn,
                  STATUS[a.status] ?? a.status,
                ]),
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: '—' },
    ],
  };
  return printer.createPdf(doc).getBuffer();
}
