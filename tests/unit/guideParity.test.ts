import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The Kazakh guide used to be a fifth of the Russian one (issue 14). These checks keep the two
// guides covering the same ground: the same sections, the same examples and the same tables, so a
// section added to one guide and forgotten in the other fails here instead of in front of an official.

interface CodeBlock {
  info: string;
  lines: string[];
}

interface GuideShape {
  /** `## 3. …` → '## 3.', `### …` → '###': level and section number, not the words. */
  headings: string[];
  blocks: CodeBlock[];
  /** Per table: its number of rows (header and separator included), and its first column where it is code. */
  tables: { rows: number; codeKeys: string[] }[];
}

/**
 * What a code block says regardless of language. YAML and shell lose `#` comments (a `#` at the
 * start of a line or after a space); MDX keeps only the front-matter keys, since the example text is
 * written in each language; an untagged block loses its description column (after two or more
 * spaces), as in the file-layout listing. Lines left empty are dropped.
 */
function normalizeCode(info: string, body: string[]): string[] {
  const strip = (line: string): string => {
    if (info === 'yaml' || info === 'sh') return line.replace(/(^|\s)#.*$/, '').trimEnd();
    if (info === 'mdx') return line === '---' ? line : (line.match(/^([a-zA-Z]+):/)?.[0] ?? '');
    return line.replace(/(\S)\s{2,}\S.*$/, '$1').trimEnd();
  };
  return body.map(strip).filter((line) => line !== '');
}

function guideShape(markdown: string): GuideShape {
  const shape: GuideShape = { headings: [], blocks: [], tables: [] };
  let block: CodeBlock | undefined;
  let table: GuideShape['tables'][number] | undefined;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (line.startsWith('```')) {
        shape.blocks.push({ info: block.info, lines: normalizeCode(block.info, block.lines) });
        block = undefined;
      } else block.lines.push(line);
      continue;
    }
    if (line.startsWith('```')) {
      block = { info: line.slice(3).trim(), lines: [] };
      continue;
    }
    if (line.startsWith('|')) {
      if (!table) {
        table = { rows: 0, codeKeys: [] };
        shape.tables.push(table);
      }
      table.rows += 1;
      const first = line.split('|')[1]?.trim() ?? '';
      if (/^`[^`]+`$/.test(first)) table.codeKeys.push(first);
      continue;
    }
    table = undefined;
    const heading = line.match(/^(#{2,3}) (\d+\.)?/);
    if (heading) shape.headings.push(heading[2] ? `${heading[1]} ${heading[2]}` : heading[1]!);
  }
  return shape;
}

const read = (lang: string) => guideShape(readFileSync(`content/docs/guide.${lang}.md`, 'utf8'));

describe('the shape of a guide', () => {
  const sample = [
    '# Title',
    '## 1. Files',
    '```yaml',
    '# a comment line',
    'kind: land-plot        # kind of offer',
    '```',
    '### Sub',
    '| `basis` | meaning |',
    '| --- | --- |',
    '| `start-price` | the starting price |',
    '| plain | no code here |',
    '',
    '```',
    'content/places.yaml     places offers refer to',
    '```',
    '```mdx',
    '---',
    'title: "Пляжный участок"',
    '---',
    'Текст.',
    '```',
  ].join('\n');

  it('reads sections by level and number, skipping lines inside code', () => {
    expect(guideShape(sample).headings).toEqual(['## 1.', '###']);
  });

  it('keeps the code of examples and drops their comments and prose', () => {
    expect(guideShape(sample).blocks).toEqual([
      { info: 'yaml', lines: ['kind: land-plot'] },
      { info: '', lines: ['content/places.yaml'] },
      { info: 'mdx', lines: ['---', 'title:', '---'] },
    ]);
  });

  it('counts table rows and keeps the code keys of the first column', () => {
    expect(guideShape(sample).tables).toEqual([{ rows: 4, codeKeys: ['`basis`', '`start-price`'] }]);
  });

  it('notices a changed value in an example, even with the same comment', () => {
    expect(normalizeCode('yaml', ['status: available   # status'])).not.toEqual(normalizeCode('yaml', ['status: at-auction   # status']));
  });
});

describe('the Kazakh guide covers what the Russian guide covers', () => {
  const ru = read('ru');
  const kk = read('kk');

  it('has the same sections, in the same order', () => {
    expect(kk.headings).toEqual(ru.headings);
    // a guard on the reader itself: the Russian guide has twelve numbered sections
    expect(ru.headings.filter((h) => h.startsWith('## '))).toHaveLength(12);
  });

  it('has the same examples: identical YAML, commands and check output apart from comments', () => {
    expect(kk.blocks.map((b) => b.info)).toEqual(ru.blocks.map((b) => b.info));
    kk.blocks.forEach((block, i) => {
      expect(block.lines, `code block ${i + 1}`).toEqual(ru.blocks[i]!.lines);
    });
  });

  it('has the same tables, with the same number of rows and the same keys', () => {
    expect(kk.tables).toEqual(ru.tables);
  });

  it('links the Kazakh field reference', () => {
    expect(readFileSync('content/docs/guide.kk.md', 'utf8')).toContain('](fields.kk.md)');
  });
});
