// The share picture of a page (Open Graph / Twitter card), 1200 × 630, as SVG text: a pure function
// of what the picture says, so its hash names it in the cache (ogImageRender.ts) and tests can read it.
// Offers: kind and status, title, area, price, place, the location map, and the illustrative notice
// while it is on. Other pages: the site's name and tagline.
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The one font the renderer is given (ogImageRender.ts); every <text> names it. */
export const OG_FONT_FAMILY = 'Noto Sans';

export interface OgOfferInput {
  siteName: string;
  kindLabel: string;
  /** The kind's colour (palette KIND_COLOURS). */
  kindColour: string;
  statusLabel: string;
  statusColour: string;
  title: string;
  /** Two or three labelled figures: area, price. */
  facts: ReadonlyArray<{ label: string; value: string }>;
  /** "Karkaraly district · near Karkaralinsk". */
  placeLine: string;
  /** The notice printed across the foot while the data is illustrative; undefined when it is off. */
  illustrative: string | undefined;
  /** A complete <svg> document (locationThumbnailSvg), drawn scaled into the right-hand panel. */
  mapSvg: string;
}

export interface OgSiteInput {
  siteName: string;
  tagline: string;
  /** e.g. "Balkhash · Karkaraly". */
  areas: string;
  illustrative: string | undefined;
  mapSvg?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Greedy word wrap by an estimated advance width (Noto Sans averages about 0.55 em a letter, bold 0.6).
 * The last line ends in an ellipsis when the text does not fit in `maxLines`.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    line = '';
  }
  if (i < words.length || line) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = last.length + 1 > maxChars ? `${last.slice(0, maxChars - 1).trimEnd()}…` : `${last}…`;
  }
  return lines.slice(0, maxLines);
}

/** The map document made to fill a box: its own viewBox scales it, the width and height place it. */
function placeSvg(svg: string, x: number, y: number, w: number, h: number): string {
  // Drop the outer document's title/desc and accessibility attributes: the picture's alt text is the page's og:image:alt.
  return svg
    .replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
      const kept = attrs.replace(/\s(width|height|role|aria-labelledby|font-family)="[^"]*"/g, '').replace(/\sxmlns="[^"]*"/, '');
      return `<svg${kept} x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="xMidYMid slice" font-family="${OG_FONT_FAMILY}">`;
    })
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/, '')
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/, '');
}

function text(x: number, y: number, size: number, content: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}"${extra}>${esc(content)}</text>`;
}

function frame(body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT_FAMILY}" fill="#1c2430">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#fbfaf7"/>` +
    body +
    `</svg>`
  );
}

const NOTICE_HEIGHT = 56;

function notice(illustrative: string | undefined, width: number): string {
  if (!illustrative) return '';
  return (
    `<rect x="0" y="${OG_HEIGHT - NOTICE_HEIGHT}" width="${width}" height="${NOTICE_HEIGHT}" fill="#fff4d6"/>` +
    `<rect x="0" y="${OG_HEIGHT - NOTICE_HEIGHT}" width="${width}" height="3" fill="#8a5a00"/>` +
    text(48, OG_HEIGHT - 20, 24, wrapText(illustrative, Math.floor((width - 96) / 13), 1)[0] ?? '', ' font-weight="700" fill="#5c3d00"')
  );
}

/** The picture of one offer in one language. */
export function ogOfferSvg(input: OgOfferInput): string {
  const mapX = 700;
  const mapW = OG_WIDTH - mapX;
  const textW = mapX - 96;
  const parts: string[] = [];
  // The map stops above the notice, so its scale bar and data credit stay visible.
  const mapH = OG_HEIGHT - (input.illustrative ? NOTICE_HEIGHT : 0);
  parts.push(placeSvg(input.mapSvg, mapX, 0, mapW, mapH));
  parts.push(`<rect x="${mapX - 4}" y="0" width="4" height="${mapH}" fill="${input.kindColour}"/>`);
  parts.push(text(48, 62, 19, wrapText(input.siteName, Math.floor(textW / 10.5), 1)[0] ?? '', ' fill="#0b5c7a" font-weight="700"'));

  // Kind and status as two pills, sized for bold Cyrillic (wider than Latin) at 22 px. Side by side when both
  // fit left of the map; otherwise the status takes a second row ("Доступно инвесторам" beside a kind ran into
  // the map) and the title keeps two lines, so the facts below still fit.
  const pillWidth = (label: string) => Math.round(label.length * 14.5 + 36);
  const pill = (x: number, y: number, label: string, colour: string) =>
    `<rect x="${x}" y="${y}" width="${pillWidth(label)}" height="40" rx="20" fill="${colour}"/>${text(x + 16, y + 28, 22, label, ' fill="#fff" font-weight="700"')}`;
  const statusX = 48 + pillWidth(input.kindLabel) + 12;
  const pillsFit = statusX + pillWidth(input.statusLabel) <= mapX - 24;
  parts.push(pill(48, 92, input.kindLabel, input.kindColour));
  parts.push(pillsFit ? pill(statusX, 92, input.statusLabel, input.statusColour) : pill(48, 140, input.statusLabel, input.statusColour));
  const titleTop = pillsFit ? 196 : 244;

  const titleLines = wrapText(input.title, Math.floor(textW / (46 * 0.58)), pillsFit ? 3 : 2);
  for (const [i, line] of titleLines.entries()) parts.push(text(48, titleTop + i * 56, 46, line, ' font-weight="700"'));
  let y = titleTop + titleLines.length * 56 + 20;
  for (const fact of input.facts.slice(0, 3)) {
    parts.push(text(48, y, 22, fact.label, ' fill="#4d5866"'));
    parts.push(text(48, y + 38, 34, wrapText(fact.value, Math.floor(textW / 19), 1)[0] ?? '', ' font-weight="700"'));
    y += 80;
  }
  parts.push(
    text(48, Math.min(y + 8, OG_HEIGHT - 80), 22, wrapText(input.placeLine, Math.floor(textW / 12), 1)[0] ?? '', ' fill="#4d5866"'),
  );
  parts.push(notice(input.illustrative, OG_WIDTH));
  return frame(parts.join(''));
}

/** The site's picture in one language: home and every page that is not an offer. */
export function ogSiteSvg(input: OgSiteInput): string {
  const parts: string[] = [];
  const textW = input.mapSvg ? 640 : OG_WIDTH - 96;
  if (input.mapSvg) parts.push(placeSvg(input.mapSvg, 700, 0, 500, OG_HEIGHT));
  parts.push(`<rect x="0" y="0" width="${input.mapSvg ? 700 : OG_WIDTH}" height="12" fill="#0b5c7a"/>`);
  const nameLines = wrapText(input.siteName, Math.floor(textW / (54 * 0.6)), 3);
  for (const [i, line] of nameLines.entries()) parts.push(text(48, 130 + i * 66, 54, line, ' font-weight="700" fill="#073f54"'));
  const y = 130 + nameLines.length * 66 + 20;
  for (const [i, line] of wrapText(input.tagline, Math.floor(textW / (28 * 0.55)), 4).entries()) parts.push(text(48, y + i * 40, 28, line));
  parts.push(text(48, OG_HEIGHT - 90, 26, input.areas, ' font-weight="700" fill="#0b5c7a"'));
  parts.push(notice(input.illustrative, OG_WIDTH));
  return frame(parts.join(''));
}
