// A QR code of an offer's address, as SVG text made at build time, for the printed sheet.
// The encoding (Reed–Solomon blocks, masks, version choice) is `uqr`: a small, dependency-free and
// widely used encoder (a port of Project Nayuki's reference implementation), so we do not keep our
// own copy of that arithmetic. Drawing is ours: one <path> of dark squares, no script, no fonts, with
// the quiet zone of four modules that scanners need (ISO/IEC 18004). tests/unit/qrCode.test.ts decodes
// the picture with an independent reader (jsQR).
import { encode } from 'uqr';

/** Modules of light margin around the symbol; four is the standard's minimum. */
export const QR_QUIET_ZONE = 4;

export interface QrSvgOptions {
  /** Accessible name of the picture, e.g. "QR code: link to this offer". */
  title: string;
  /** Printed size in CSS pixels (the symbol scales; modules stay square). */
  size?: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The dark modules of `text` as a boolean matrix (row-major, no margin), error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  // Level M (15 % recoverable): a creased or smudged sheet still scans; an offer URL stays version 4–6.
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** SVG text of the QR code of `text`. */
export function qrSvg(text: string, options: QrSvgOptions): string {
  const matrix = qrMatrix(text);
  const n = matrix.length;
  const full = n + 2 * QR_QUIET_ZONE;
  const size = options.size ?? full * 3;
  // One horizontal run of dark modules per subpath: a few hundred short commands instead of thousands.
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < n; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < n && row[end + 1]) end++;
      d += `M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" width="${size}" height="${size}" role="img" shape-rendering="crispEdges">` +
    `<title>${esc(options.title)}</title>` +
    `<rect width="${full}" height="${full}" fill="#fff"/>` +
    `<path d="${d}" fill="#000"/>` +
    `</svg>`
  );
}
