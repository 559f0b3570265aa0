// Small real PDFs written by hand, for the checker, the build and the editor tests: one page of text, a correct
// cross-reference table (so a viewer opens it), and optionally extra dictionary entries in the catalog, which is
// where a hostile PDF puts /OpenAction or /AA.

/** A PDF of one page with `lines` of text; `catalogExtra` is added inside the document catalog's `<< … >>`. */
export function pdfBytes(lines: string | readonly string[], catalogExtra = ''): Uint8Array {
  const shown = (typeof lines === 'string' ? [lines] : lines).map((line) => `(${line.replace(/[()\\]/g, '\\$&')}) Tj T*`);
  const stream = `BT /F1 16 Tf 22 TL 40 780 Td ${shown.join(' ')} ET`;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${catalogExtra ? ` ${catalogExtra}` : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** A PDF that runs a script when it is opened: /OpenAction pointing at a /JavaScript action. */
export const scriptedPdf = (): Uint8Array =>
  pdfBytes('Quarterly figures', "/OpenAction << /S /JavaScript /JS (app.alert\\('opened'\\)) >>");
