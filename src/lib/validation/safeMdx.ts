import { mdxToMdast } from 'satteri';
import { CONTENT_COMPONENTS, PLAIN_TAGS, componentsFor, type Where } from '../mdx/contentComponents.ts';
import { MAX_ATTRIBUTE_CHARS, MAX_BODY_CHARS, MAX_MDX_DEPTH } from './limits.ts';
import { LINK_HINT, httpsProblem, linkProblem, looksLikeFileReference } from './links.ts';
import type { ContentProblem } from './problems.ts';
import { closest } from './suggest.ts';

/**
 * Content MDX is a security boundary: our pages are embedded on partners' sites, so an offer's
 * text must never carry code. The body is parsed with satteri, the same MDX parser the build
 * uses, so the checker sees exactly what the build would compile; anything beyond Markdown and
 * the allowed components (src/lib/mdx/contentComponents.ts) is an error. No text may reference a file:
 * the MDX compiler turns every Markdown image into an `import` of the file it names, so images are refused
 * outright (photos go through facts.yaml and <Gallery>) and links may only be addresses that are never a
 * file of ours (see links.ts).
 */

/** Tags that would run code, load other pages or restyle ours: named in their own message. */
const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
  'portal',
]);
const DEEP_HINT = 'a description needs two or three levels at most: remove the extra > or indentation';
const PHOTO_HINT = 'list the photo under `photos:` in facts.yaml (with alt text) and show it with <Gallery files="name.jpg" />';

/** A component or tag the body uses, for checks that need the offer's facts (e.g. Gallery files). */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface MdxCheck {
  problems: ContentProblem[];
  uses: ComponentUse[];
}

interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: MdastNode[];
  position?: { start: { line: number } };
}

/** Whether a line has `on…=` inside something that starts with `<`, checked tag by tag (no backtracking across the line). */
function hasEventHandler(line: string): boolean {
  return line
    .split('<')
    .slice(1)
    .some((part) => /\son[a-z]+\s*=/i.test(part.slice(0, part.indexOf('>') + 1 || undefined)));
}

/** Checks one MDX body. `bodyLine` is the file line where the body starts, so messages point at the file. */
export function checkMdxBody(body: string, { file, bodyLine, where }: { file: string; bodyLine: number; where: Where }): MdxCheck {
  const problems: ContentProblem[] = [];
  const uses: ComponentUse[] = [];
  const allowed = componentsFor(where);
  const lineOf = (node: MdastNode) => (node.position ? node.position.start.line + bodyLine - 1 : undefined);
  const error = (line: number | undefined, message: string, hint: string) =>
    problems.push({ severity: 'error', file, line, message, hint });

  if (body.length > MAX_BODY_CHARS) {
    error(
      bodyLine,
      `the description is ${body.length.toLocaleString('en')} characters long, more than the limit of ${MAX_BODY_CHARS.toLocaleString('en')}`,
      'shorten it: investors read it on a phone; put long material into a document and link it under `documents:` in facts.yaml',
    );
  }

  // Nesting is judged on the raw lines first: the parser takes seconds on 100,000 nested quotes (`> > > …`).
  const deepIndent = new RegExp(`^(?: {4}|\\t){${MAX_MDX_DEPTH + 1}}`);
  const deepLine = body
    .split('\n')
    .findIndex((text) => (/^[\s>]*/.exec(text)![0].match(/>/g)?.length ?? 0) > MAX_MDX_DEPTH || deepIndent.test(text));
  if (deepLine >= 0) {
    error(deepLine + bodyLine, `quotes, lists or components are nested more than ${MAX_MDX_DEPTH} levels deep here`, DEEP_HINT);
    return { problems, uses };
  }

  let tree: MdastNode;
  try {
    tree = mdxToMdast(body) as unknown as MdastNode;
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const reason = text
      .replace(/^(\d+):(\d+):\s*/, '')
      .replace(/\s*\([\w:-]+\)\s*$/, '')
      // The reader's note may hold brackets of its own ("use `[text](url)`"): one level of them is part of the note.
      .replace(/\s*\(note: (?:[^()]|\([^()]*\))*\)/, '');
    const comment = /to create a comment/.test(text);
    error(
      at ? Number(at[1]) + bodyLine - 1 : bodyLine,
      `the text cannot be read as MDX: ${comment ? 'an HTML comment <!-- … --> does not work in MDX' : reason}`,
      comment
        ? 'delete the comment (git keeps every earlier version, so notes can go in the commit message)'
        : /closing tag/.test(text)
          ? 'put a component that wraps text on its own lines, with an empty line before <Name …> and after </Name>'
          : 'MDX treats `<` and `{` as the start of code: to write them as text put a backslash before them (\\< and \\{); for a link write [text](https://…)',
    );
    return { problems, uses };
  }

  const imageDefinitions = new Set<string>();
  const definitions: MdastNode[] = [];

  /** Judges one node; returns false when its children need no further look. */
  const check = (node: MdastNode): boolean => {
    const line = lineOf(node);
    switch (node.type) {
      case 'mdxjsEsm':
        error(
          line,
          `\`${String(node.value).split('\n')[0]!.slice(0, 60)}\`: import and export lines are not allowed in content`,
          `delete the line: the components ${allowed.join(', ')} work without importing them`,
        );
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        error(
          line,
          `\`{${String(node.value).slice(0, 40)}}\` is a JavaScript expression, which content may not contain`,
          'to show a curly bracket as text write \\{ ; for a comment, delete it (git keeps the history)',
        );
        return false;
      case 'html':
        error(line, 'raw HTML is not allowed in content', 'use Markdown, or one of the content components');
        return false;
      case 'image':
        // The MDX compiler imports the file an image names, whatever it is: no image is safe in a text.
        error(line, `a picture cannot be put into a text with ![…](…): \`${(node.url ?? '').slice(0, 60)}\``, PHOTO_HINT);
        return false;
      case 'imageReference':
        if (node.identifier) imageDefinitions.add(node.identifier);
        error(line, `a picture cannot be put into a text with ![…][${node.identifier ?? ''}]`, PHOTO_HINT);
        return false;
      case 'definition':
        definitions.push(node);
        return false;
      case 'link': {
        const bad = linkProblem(node.url ?? '');
        if (bad) error(line, `the link address is not allowed: ${bad}`, LINK_HINT);
        return true;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line);
        return true;
    }
    return true;
  };

  /** A free-text attribute (a caption, a title): limited in length and never a file path. */
  const freeTextProblem = (value: string): string | undefined => {
    if (value.length > MAX_ATTRIBUTE_CHARS)
      return `the text is ${value.length} characters long, more than the limit of ${MAX_ATTRIBUTE_CHARS}: shorten it`;
    if (looksLikeFileReference(value))
      return `\`${value.slice(0, 60)}\` looks like a file name or path, which content may not pass to a component`;
    return undefined;
  };

  const checkElement = (node: MdastNode, line: number | undefined) => {
    const name = node.name;
    if (!name) {
      error(line, 'an empty tag `<>…</>` is not allowed', 'remove `<>` and `</>` and keep the text between them');
      return;
    }
    const lower = name.toLowerCase();
    if (DANGEROUS_TAGS.has(lower)) {
      error(
        line,
        `\`<${name}>\` is not allowed: content may not run code, embed other pages or change the site's styles`,
        lower === 'iframe' ? 'for a video use <VideoLink href="https://…" title="…" />' : 'delete the tag',
      );
      return;
    }
    const spec = CONTENT_COMPONENTS[name];
    const plain = (PLAIN_TAGS as readonly string[]).includes(name);
    if (!plain && !spec?.where.includes(where)) {
      const guess = closest(name, allowed);
      const elsewhere = spec ? ` It can be used only in ${spec.where.join(' and ')} texts.` : '';
      if (lower === 'img') {
        error(
          line,
          '`<img>` is not a component content may use',
          'list the photo under `photos:` in facts.yaml (with alt text) and show it with <Gallery files="…" />',
        );
        return;
      }
      error(
        line,
        `\`<${name}>\` is not a component content may use.${elsewhere}`,
        `${guess ? `did you mean <${guess}>? ` : ''}allowed here: ${[...allowed.map((c) => `<${c}>`), ...PLAIN_TAGS.map((t) => `<${t}>`)].join(', ')} (see content/docs/components.md); for a link write [text](https://…)`,
      );
      return;
    }
    const attributes: Record<string, string> = {};
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        error(
          line,
          `\`<${name} {…}>\` passes JavaScript into a component, which content may not do`,
          'write each attribute as name="value"',
        );
        continue;
      }
      const attrName = attr.name ?? '';
      if (/^on/i.test(attrName)) {
        error(
          line,
          `\`${attrName}\` on <${name}> is an inline event handler (JavaScript), which content may not contain`,
          'delete the attribute',
        );
        continue;
      }
      const known = spec?.attributes[attrName];
      if (!known) {
        const names = Object.keys(spec?.attributes ?? {});
        error(
          line,
          `<${name}> has no attribute \`${attrName}\``,
          names.length ? `use ${names.join(', ')}` : `<${name}> takes no attributes`,
        );
        continue;
      }
      if (typeof attr.value !== 'string') {
        error(
          line,
          attr.value === null || attr.value === undefined
            ? `\`${attrName}\` on <${name}> needs a value in quotes`
            : `\`${attrName}={…}\` on <${name}> is JavaScript, which content may not contain`,
          `write ${attrName}="…"`,
        );
        continue;
      }
      const value = attr.value;
      const bad = known.url
        ? httpsProblem(value)
        : known.values
          ? known.values.includes(value)
            ? undefined
            : `\`${value}\` is not one of ${known.values.join(', ')}`
          : (known.check?.(value) ?? freeTextProblem(value));
      if (bad) {
        error(line, `\`${attrName}\` on <${name}>: ${bad}`, known.note);
        continue;
      }
      attributes[attrName] = value;
    }
    for (const [attrName, attrSpec] of Object.entries(spec?.attributes ?? {})) {
      if (attrSpec.required && !(node.attributes ?? []).some((a) => a.name === attrName))
        error(line, `<${name}> needs \`${attrName}\``, `add ${attrName}="…" (${attrSpec.note})`);
    }
    if (spec && !spec.children && (node.children?.length ?? 0) > 0)
      error(line, `<${name}> takes no text inside`, `write it as <${name} … />`);
    if (plain && (node.attributes?.length ?? 0) > 0) error(line, `<${name}> takes no attributes`, `write <${name}>`);
    if (line !== undefined) uses.push({ name, attributes, line });
  };

  // Walked with an explicit stack, not recursion: a text of 5,000 nested quotes (`>>>>…`) is valid Markdown
  // and would overflow the call stack; beyond MAX_MDX_DEPTH levels the text is refused.
  const stack: Array<{ node: MdastNode; depth: number }> = [{ node: tree, depth: 0 }];
  let tooDeep = false;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_MDX_DEPTH) {
      if (!tooDeep) error(lineOf(node), `quotes, lists or components are nested more than ${MAX_MDX_DEPTH} levels deep here`, DEEP_HINT);
      tooDeep = true;
      continue;
    }
    if (!check(node)) continue;
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1 });
  }
  for (const def of definitions) {
    const line = lineOf(def);
    if (def.identifier && imageDefinitions.has(def.identifier)) {
      error(
        line,
        `the definition [${def.identifier}]: is used by a picture, which a text may not contain: \`${(def.url ?? '').slice(0, 60)}\``,
        PHOTO_HINT,
      );
      continue;
    }
    const bad = linkProblem(def.url ?? '');
    if (bad) error(line, `the link address is not allowed: ${bad}`, LINK_HINT);
  }

  // A second, plainer look at the raw text: catches anything the parse above may read differently
  // (text in code blocks included), because a false alarm here costs an official a minute and a miss costs a partner's site.
  const flagged = new Set(problems.map((p) => p.line));
  body.split('\n').forEach((text, i) => {
    const line = i + bodyLine;
    if (flagged.has(line)) return;
    // Written to run in linear time: a 256 KB line of `<` and spaces must not stall the check.
    const hit =
      /<[\s/]*(script|iframe|style|object|embed)\b/i.exec(text)?.[1] ??
      (/\bjavascript\s*:/i.test(text) ? 'javascript:' : undefined) ??
      (hasEventHandler(text) ? 'on…= (event handler)' : undefined);
    if (hit)
      error(
        line,
        `the text contains \`${hit}\`, which is not allowed anywhere in content, not even in a code block`,
        'reword it or delete it',
      );
  });
  return { problems, uses };
}
