/**
 * Which addresses content may link to. A relative address is not harmless in this project: the MDX compiler
 * turns a relative image into an `import` of that file at build time (`evil.mjs` runs, `../secret.env?raw`
 * prints a secret into the build log), and a query such as `?raw` or `?url` changes what the import returns.
 * So content may only name addresses that can never be a file of ours: https://…, mailto:, tel:, a page of
 * this site as a plain path starting with one `/`, or a #section of the same page.
 */

/** What browsers drop from an address before reading its scheme (spaces, control characters). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these before reading a scheme, so the check must too
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

/** The scheme of an address (`https`, `javascript`…), lower case, or undefined when it has none. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(IGNORED, ''))?.[1]?.toLowerCase();
}

/** One path segment of a site address: letters, digits and - . _ ~ only. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
/** A #section: anything but spaces, quotes, angle brackets and backslashes. */
const FRAGMENT = /^#[^\s\\<>"'`]*$/;

function schemeProblem(scheme: string): string {
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data')
    return `a \`${scheme}:\` address runs code or hides content in the link, which content may not do`;
  if (scheme === 'http') return 'an `http://` address is not secure: write https://';
  return `the address scheme \`${scheme}:\` is not allowed`;
}

/** Why a web address is not a plain https:// address, or undefined when it is. */
export function httpsProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme !== undefined && scheme !== 'https') return schemeProblem(scheme);
  if (!/^https:\/\/[^/\\\s]/i.test(url)) return 'the address must start with https://';
  if (/[\s\\]/.test(url)) return 'the address contains a space or a backslash';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the address is not a valid web address';
  }
  if (parsed.username || parsed.password) return 'the address contains a user name or password (before @)';
  if (!parsed.hostname.includes('.')) return 'the address has no proper site name (such as example.kz)';
  return undefined;
}

/** Why a path on this site is not a plain one, or undefined. */
function sitePathProblem(url: string): string | undefined {
  if (url.startsWith('//')) return 'an address starting with // leads to another site without saying how: write https://…';
  const hash = url.indexOf('#');
  const path = hash < 0 ? url : url.slice(0, hash);
  if (hash >= 0 && !FRAGMENT.test(url.slice(hash))) return 'the #section part contains spaces or unusual characters';
  if (path.includes('?')) return 'a page address on this site may not contain `?`';
  if (path.includes('\\')) return 'a page address may not contain a backslash';
  if (path.includes('%')) return 'a page address may not contain % codes';
  const segments = path.slice(1).split('/');
  if (segments.some((s, i) => s === '' && i < segments.length - 1)) return 'a page address may not contain //';
  if (segments.some((s) => s === '.' || s === '..')) return 'a page address may not contain `.` or `..` steps';
  if (segments.some((s) => s !== '' && !SEGMENT.test(s))) return 'a page address may contain only Latin letters, digits, - . _ ~ and /';
  return undefined;
}

/**
 * Why a link address in a text is not allowed, or undefined when it is: https://…, mailto:, tel:, a page of
 * this site (`/en/offers/…`) or a #section.
 */
export function linkProblem(url: string): string | undefined {
  if (url.trim() === '') return 'the link has no address';
  const scheme = schemeOf(url);
  if (scheme === 'https') return httpsProblem(url);
  if (scheme === 'mailto') return /^mailto:[^\s\\/]+@[^\s\\/]+$/i.test(url) ? undefined : 'the email address after mailto: is not valid';
  if (scheme === 'tel')
    return /^tel:\+?[0-9 ().-]+$/i.test(url)
      ? undefined
      : 'the phone number after tel: may contain only digits, +, spaces, brackets and dashes';
  if (scheme !== undefined) return schemeProblem(scheme);
  if (url.startsWith('#')) return FRAGMENT.test(url) ? undefined : 'the #section part contains spaces or unusual characters';
  if (url.startsWith('/')) return sitePathProblem(url);
  return `\`${url.slice(0, 60)}\` is a file name or a relative address: texts may link only to web addresses, never to files`;
}

/** The fix for a link that is not allowed. */
export const LINK_HINT =
  'link only to a full web address (https://…), mailto:, tel:, a page of this site starting with / (e.g. /en/offers/…) or a #section; to show a photo, use <Gallery>';

/**
 * Whether a free-text attribute value looks like a file reference (`./x`, `../x`, `/x`, `x.mjs`, `?raw`).
 * Captions and titles are shown as text, but content has no reason to put a file path in them, and refusing
 * it keeps a future component from ever loading one.
 */
export function looksLikeFileReference(value: string): boolean {
  const v = value.trim();
  if (/^(?:\.{1,2}[\\/]|[\\/~])/.test(v)) return true;
  if (/\?(?:raw|url|inline|worker|sharedworker|import)\b/i.test(v)) return true;
  return !/\s/.test(v) && /\.(?:m?[jt]sx?|c[jt]s|svg|html?|astro|mdx?|json|env|wasm|node)$/i.test(v);
}
