import { REGISTER_COLUMNS } from './columns.ts';

const TYPE_WORDS: Record<string, string> = {
  text: 'text',
  number: 'number (12.5; 12,5 is read too)',
  boolean: 'true / false (yes/no, да/нет, иә/жоқ are read too)',
  date: 'date YYYY-MM-DD (DD.MM.YYYY is read too)',
  list: 'values separated by ;',
  intList: 'whole numbers separated by ;',
  distances: 'place=km; place=km',
  json: 'JSON',
};

/** The register's column list as Markdown (seeds/REGISTER.md). */
export function renderRegisterDoc(): string {
  const rows = REGISTER_COLUMNS.map((c) => `| \`${c.name}\` | ${TYPE_WORDS[c.type]} | ${c.note.replace(/\|/g, '\\|')} |`);
  return [
    '# Audit register columns',
    '',
    '> Generated from `src/lib/register/columns.ts` by `npm run docs:fields`. Do not edit by hand.',
    '',
    'One row per offer (an object or a plot). The header row holds these names, in this order; `/data/offers.csv` on the site uses exactly the same columns, so a file exported from the site can be edited in a spreadsheet and imported with `npm run import:register -- <file.csv|file.xlsx>`.',
    '',
    '- A column may be left out of the file: the import then leaves that field as it is in every existing offer.',
    '- An empty cell removes an optional field; a required field left empty is an error.',
    '- `title.*` columns are read only when an offer is new, to title its stub language files. The import never changes prose.',
    '- Field names, allowed values and units are the same as in facts.yaml: see [content/docs/fields.en.md](../content/docs/fields.en.md).',
    '- The CSV is UTF-8 with a byte-order mark, comma-separated. Files saved by Excel with semicolons, `DD.MM.YYYY` dates or decimal commas are read too. In Excel open the file with Data → From Text/CSV (UTF-8) so Cyrillic shows correctly.',
    '- A CSV that is not UTF-8 is refused, never guessed: Excel\'s plain "CSV" type saves Windows-1251 (ANSI) in a Russian locale, which has no ә ғ қ ң ө ұ ү һ. Save with File → Save As → "CSV UTF-8 (Comma delimited)" / «CSV UTF-8 (разделитель — запятая)», or import the .xlsx. A cell holding the replacement character U+FFFD (text already lost by an earlier conversion) is refused too.',
    '- In the CSV, every line of a text that starts with `=`, `+`, `-`, `@` or a tab gets a leading apostrophe, so no spreadsheet runs it as a formula; the import removes it again.',
    "- The import refuses a row whose `updated` is older than the offer's facts.yaml, and any changing row of an .xlsx exported before the offer's `updated` date (the export keeps its date in the document property `registerExportedAt`), listing each field it would set back. Export a fresh register, or add `--force` if the register's values are right.",
    '- Limits: 20 MB a file, 10 000 rows, 200 columns, 10 000 characters a cell; an .xlsx may unpack to 64 MB a part and 160 MB in all. A formula cell must have its saved value (Excel saves one; if not, Paste Special → Values).',
    '',
    '| Column | How to write it | Meaning |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
