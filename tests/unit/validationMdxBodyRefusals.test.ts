import { describe, expect, it } from 'vitest';
import type { Where } from '../../src/lib/mdx/contentComponents.ts';
import { checkMdxBody } from '../../src/lib/validation/safeMdx.ts';

// The MDX body check called directly: every way a text could carry code or a file is refused with its line
// (counted from where the body starts in the file) and a fix, and the components used well are handed on.

const check = (body: string, where: Where = 'offer', bodyLine = 5) =>
  checkMdxBody(body, { file: 'content/offers/x/en.mdx', bodyLine, where });
const lines = (body: string, where: Where = 'offer', bodyLine = 5) =>
  check(body, where, bodyLine).problems.map((p) => `${p.line}: ${p.message} (fix: ${p.hint})`);

const OFFER_ALLOWED = '<Callout>, <FactsNote>, <Gallery>, <VideoLink>, <br>, <sup>, <sub>';
const DEEP =
  'quotes, lists or components are nested more than 24 levels deep here (fix: a description needs two or three levels at most: remove the extra > or indentation)';

describe('code in a text', () => {
  it('refuses import and export lines, quoting the first line, and says which components need no import', () => {
    expect(lines('Intro.\n\nimport Evil from "../../evil.mjs"\n')).toEqual([
      '7: `import Evil from "../../evil.mjs"`: import and export lines are not allowed in content (fix: delete the line: the components Callout, FactsNote, Gallery, VideoLink work without importing them)',
    ]);
    expect(lines(`export const a = "${'x'.repeat(80)}"\n`, 'district', 1)).toEqual([
      `1: \`export const a = "${'x'.repeat(42)}\`: import and export lines are not allowed in content (fix: delete the line: the components Callout, VideoLink work without importing them)`,
    ]);
  });

  it('refuses an expression in a paragraph or on its own line, quoting at most 40 characters', () => {
    const hint = 'to show a curly bracket as text write \\{ ; for a comment, delete it (git keeps the history)';
    expect(lines('Price {1 + 1} tenge.\n\n{process.env.SECRET_TOKEN_THAT_IS_VERY_LONG_INDEED}\n')).toEqual([
      `5: \`{1 + 1}\` is a JavaScript expression, which content may not contain (fix: ${hint})`,
      `7: \`{process.env.SECRET_TOKEN_THAT_IS_VERY_LO}\` is a JavaScript expression, which content may not contain (fix: ${hint})`,
    ]);
  });

  it('names dangerous tags in any case, with a video hint for an iframe', () => {
    const tail = "is not allowed: content may not run code, embed other pages or change the site's styles";
    expect(lines('<Script>x</Script>\n\n<iframe src="https://a.kz" />\n\n<form />\n\n<svg />\n')).toEqual([
      `5: \`<Script>\` ${tail} (fix: delete the tag)`,
      `7: \`<iframe>\` ${tail} (fix: for a video use <VideoLink href="https://…" title="…" />)`,
      `9: \`<form>\` ${tail} (fix: delete the tag)`,
      `11: \`<svg>\` ${tail} (fix: delete the tag)`,
    ]);
  });

  it('refuses every tag that could run code, load a page, take input or restyle the site', () => {
    const tags = ['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea'];
    const more = ['frame', 'frameset', 'svg', 'math', 'template', 'portal'];
    const { problems } = check([...tags, ...more].map((t) => `<${t} />`).join('\n\n'));
    expect(problems.map((p) => `${p.severity} ${p.line} ${p.message.split(' is not allowed')[0]}`)).toEqual(
      [...tags, ...more].map((t, i) => `error ${5 + 2 * i} \`<${t}>\``),
    );
  });

  it('refuses an empty tag, an <img>, and a component of the wrong kind of text', () => {
    expect(lines('<>text</>\n\n<img src="https://a.kz/x.png" />\n')).toEqual([
      '5: an empty tag `<>…</>` is not allowed (fix: remove `<>` and `</>` and keep the text between them)',
      '7: `<img>` is not a component content may use (fix: list the photo under `photos:` in facts.yaml (with alt text) and show it with <Gallery files="…" />)',
    ]);
    expect(lines('<FactsNote fact="price">x</FactsNote>\n', 'district')).toEqual([
      '5: `<FactsNote>` is not a component content may use. It can be used only in offer texts. (fix: allowed here: <Callout>, <VideoLink>, <br>, <sup>, <sub> (see content/docs/components.md); for a link write [text](https://…))',
    ]);
    expect(lines('<Marquee>x</Marquee>\n')).toEqual([
      `5: \`<Marquee>\` is not a component content may use. (fix: allowed here: ${OFFER_ALLOWED} (see content/docs/components.md); for a link write [text](https://…))`,
    ]);
  });

  it('refuses JavaScript passed into a component: a spread, an event handler or a value in braces', () => {
    expect(lines('<Callout {...props} onClick="x" title={evil()}>Text</Callout>\n')).toEqual([
      '5: `<Callout {…}>` passes JavaScript into a component, which content may not do (fix: write each attribute as name="value")',
      '5: `onClick` on <Callout> is an inline event handler (JavaScript), which content may not contain (fix: delete the attribute)',
      '5: `title={…}` on <Callout> is JavaScript, which content may not contain (fix: write title="…")',
    ]);
    expect(lines('Line<br ONLOAD="x" />\n')).toEqual([
      '5: `ONLOAD` on <br> is an inline event handler (JavaScript), which content may not contain (fix: delete the attribute)',
      '5: <br> takes no attributes (fix: write <br>)',
    ]);
  });
});

describe('attribute values', () => {
  it('holds a free-text attribute to 200 characters and refuses a file path', () => {
    expect(lines(`<Callout title="${'a'.repeat(200)}">x</Callout>\n`)).toEqual([]);
    expect(lines(`<Callout title="${'a'.repeat(201)}">x</Callout>\n`)).toEqual([
      '5: `title` on <Callout>: the text is 201 characters long, more than the limit of 200: shorten it (fix: optional heading of the box)',
    ]);
    const path = `../../${'deep/'.repeat(15)}secret.env`;
    expect(lines(`<Callout title="${path}">x</Callout>\n`)).toEqual([
      `5: \`title\` on <Callout>: \`${path.slice(0, 60)}\` looks like a file name or path, which content may not pass to a component (fix: optional heading of the box)`,
    ]);
  });

  it('checks web addresses, fixed values and the component’s own rule, and refuses an unknown attribute of a plain tag', () => {
    const video = (attrs: string) => lines(`<VideoLink ${attrs} />\n`);
    expect(video('href="https://www.youtube.com/watch?v=aaaaaaaaaaa" title="Drone" duration="3:40"')).toEqual([]);
    expect(video('href="http://example.kz/v" title="Drone"')[0]).toMatch(
      /^5: `href` on <VideoLink>: .* \(fix: the video’s address, starting with https:\/\/\)$/,
    );
    expect(video('href="https://a.kz/v" title="Drone" duration="long"')).toEqual([
      '5: `duration` on <VideoLink>: write the length as minutes:seconds, e.g. 3:40 (fix: optional length, e.g. 3:40)',
    ]);
    expect(lines('<Gallery files="shore.jpg, ../x.jpg" />\n')).toEqual([
      '5: `files` on <Gallery>: ../x.jpg is not a plain photo file name such as shore.jpg (no folders, .., ? or #) (fix: photo file names from facts.yaml, separated by commas; leave out to show all photos)',
    ]);
    expect(lines('x<sub data-x="1">2</sub>\n')).toEqual([
      '5: <sub> has no attribute `data-x` (fix: <sub> takes no attributes)',
      '5: <sub> takes no attributes (fix: write <sub>)',
    ]);
  });

  it('asks for every missing required attribute, even one given in a wrong form', () => {
    expect(lines('<VideoLink />\n')).toEqual([
      '5: <VideoLink> needs `href` (fix: add href="…" (the video’s address, starting with https://))',
      '5: <VideoLink> needs `title` (fix: add title="…" (what the video shows))',
    ]);
    expect(lines('<FactsNote>x</FactsNote>\n')).toEqual([
      '5: <FactsNote> needs `fact` (fix: add fact="…" (price, area, status, right, foreign, category, investment, audit, route))',
    ]);
  });

  it('hands on each component used, with its good attributes and its line in the file', () => {
    const { problems, uses } = check(
      'Area 40 m<sup>2</sup>.\n\n<Callout type="tip" title="../x.env">Bring water.</Callout>\n\n<Gallery files="a.jpg" caption="July" />\n',
    );
    expect(problems.map((p) => p.line)).toEqual([7]);
    expect(uses).toEqual([
      { name: 'sup', attributes: {}, line: 5 },
      { name: 'Callout', attributes: { type: 'tip' }, line: 7 },
      { name: 'Gallery', attributes: { files: 'a.jpg', caption: 'July' }, line: 9 },
    ]);
    expect(check('<Callout type="note">x</Callout>\n', 'offer', 1).uses).toEqual([
      { name: 'Callout', attributes: { type: 'note' }, line: 1 },
    ]);
  });
});

describe('pictures and links', () => {
  const PHOTO = 'list the photo under `photos:` in facts.yaml (with alt text) and show it with <Gallery files="name.jpg" />';

  it('refuses a picture, quoting at most 60 characters of its address', () => {
    const long = `https://example.kz/${'a'.repeat(60)}.png`;
    expect(lines(`![Plan](plan.png)\n\n![x](${long})\n`)).toEqual([
      `5: a picture cannot be put into a text with ![…](…): \`plan.png\` (fix: ${PHOTO})`,
      `7: a picture cannot be put into a text with ![…](…): \`${long.slice(0, 60)}\` (fix: ${PHOTO})`,
    ]);
  });

  it('refuses a picture by reference and its definition, but checks a link definition as a link', () => {
    expect(
      lines(
        `![Plan][p] and [site][s] and [bad][b]\n\n[p]: ./plan${'-'.repeat(70)}.png\n[s]: https://example.kz/\n[b]: javascript:alert(1)\n`,
      ),
    ).toEqual([
      `5: a picture cannot be put into a text with ![…][p] (fix: ${PHOTO})`,
      `7: the definition [p]: is used by a picture, which a text may not contain: \`./plan${'-'.repeat(54)}\` (fix: ${PHOTO})`,
      expect.stringMatching(/^9: the link address is not allowed: /),
    ]);
  });

  it('checks a link address and still looks inside the link text', () => {
    const problems = lines('[Site](./evil.mjs) and [<Script>x</Script>](https://example.kz/)\n');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^5: the link address is not allowed: /);
    expect(problems[1]).toMatch(/^5: `<Script>` is not allowed/);
  });
});

describe('nesting', () => {
  it('takes 22 quotes in quotes (24 levels with the paragraph and its text) and refuses 23', () => {
    expect(lines(`${'>'.repeat(22)} deep\n`)).toEqual([]);
    expect(lines(`Intro.\n\n${'> '.repeat(23)}deep\n`)).toEqual([`7: ${DEEP}`]);
  });

  it('refuses more than 24 > on a raw line before parsing, so nothing else in the text is read', () => {
    expect(lines(`Intro {evil}.\n\n${'> '.repeat(24)}deep\n`)).toHaveLength(2);
    expect(lines(`Intro {evil}.\n\n${'> '.repeat(25)}deep\n`)).toEqual([`7: ${DEEP}`]);
    expect(lines(`Intro {evil}.\n\n${'>'.repeat(25)} deep\n`)).toEqual([`7: ${DEEP}`]);
    expect(lines(`${'> '.repeat(25)}deep\n\n{evil}\n`)).toEqual([`5: ${DEEP}`]);
    // Only the > at the start of the line count.
    expect(lines(`Intro.\n\n> a ${'>'.repeat(30)}\n`)).toEqual([]);
  });

  it('takes 24 steps of indentation and refuses 25, in spaces or tabs, before parsing', () => {
    expect(lines(`Intro.\n\n${'    '.repeat(24)}text\n`)).toEqual([]);
    expect(lines(`Intro {evil}.\n\n${'    '.repeat(25)}text\n`)).toEqual([`7: ${DEEP}`]);
    expect(lines(`Intro {evil}.\n\n${'\t'.repeat(25)}text\n`)).toEqual([`7: ${DEEP}`]);
    expect(check(`${'\t'.repeat(25)}text\n`).uses).toEqual([]);
  });

  it('refuses components nested too deep on one line, once in the whole text, and goes no deeper', () => {
    const open = '<Callout>'.repeat(30);
    const close = '</Callout>'.repeat(30);
    expect(lines(`Intro.\n\n${open}x${close}\n`)).toEqual([`7: ${DEEP}`]);
    expect(lines(`Intro.\n\n${open}x${close}\n\n${open}y${close}\n`)).toEqual([`7: ${DEEP}`]);
    // 22 inside a paragraph inside the root is as deep as a text may go.
    expect(lines(`${'<Callout>'.repeat(22)}x${'</Callout>'.repeat(22)}\n`)).toEqual([]);
  });
});

describe('text the MDX reader cannot read', () => {
  it('explains an HTML comment, on its line', () => {
    expect(lines('Intro.\n<!-- note -->\n')).toEqual([
      '6: the text cannot be read as MDX: an HTML comment <!-- … --> does not work in MDX (fix: delete the comment (git keeps every earlier version, so notes can go in the commit message))',
    ]);
  });

  it('gives the reader’s reason without its code or note, and the fix for a closing tag or for < and {', () => {
    expect(lines('a\n\n<Callout>x\n')).toEqual([
      '7: the text cannot be read as MDX: Expected a closing tag for `<Callout>` (3:1) before the end of `paragraph` (fix: put a component that wraps text on its own lines, with an empty line before <Name …> and after </Name>)',
    ]);
    // Line and column of two digits each: the line is still found and the position left out of the reason.
    expect(lines(`${'a\n'.repeat(11)}abcdefghij <div`, 'offer', 1)).toEqual([
      '12: the text cannot be read as MDX: Unexpected character after `<`, expected a valid JSX tag (fix: MDX treats `<` and `{` as the start of code: to write them as text put a backslash before them (\\< and \\{); for a link write [text](https://…))',
    ]);
    expect(lines('x <div', 'offer', 1)).toEqual([
      '1: the text cannot be read as MDX: Unexpected character after `<`, expected a valid JSX tag (fix: MDX treats `<` and `{` as the start of code: to write them as text put a backslash before them (\\< and \\{); for a link write [text](https://…))',
    ]);
  });
});

describe('a second look at the raw text', () => {
  it('refuses script words and event handlers even in a code block, once per line', () => {
    expect(lines('```\n<script>x</script>\n< IFRAME src=x>\n<a href="javascript :x">\nx <b onclick = 1>\n</ object>\n```\n')).toEqual([
      '6: the text contains `script`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
      '7: the text contains `IFRAME`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
      '8: the text contains `javascript:`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
      '9: the text contains `on…= (event handler)`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
      '10: the text contains `object`, which is not allowed anywhere in content, not even in a code block (fix: reword it or delete it)',
    ]);
  });

  it('takes on…= outside a tag, a word that starts like a tag, and a line the parse already flagged', () => {
    expect(lines('```\nset onclick=1 and <b> onload=2\n<scripts> <embedded>\n```\n')).toEqual([]);
    expect(lines('```\n<a\tonmouseover\t=x\n```\n')).toHaveLength(1);
    // The raw look does not repeat a line the parse reported.
    expect(lines('<Script>x</Script>\n')).toHaveLength(1);
  });
});

describe('length', () => {
  it('takes 20,000 characters and refuses 20,001, at the first line of the body', () => {
    expect(lines('a'.repeat(20_000))).toEqual([]);
    expect(lines('a'.repeat(20_001))).toEqual([
      '5: the description is 20,001 characters long, more than the limit of 20,000 (fix: shorten it: investors read it on a phone; put long material into a document and link it under `documents:` in facts.yaml)',
    ]);
  });
});
