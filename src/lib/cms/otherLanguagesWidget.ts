// Runs in the editor page (/admin/), after Decap's bundle: registers the "other languages" widgets that the
// generated configuration gives every text field of an offer or area text (title, summary, page text). The
// field keeps Decap's own control (string or markdown); beside it, the same field of the entry's other two
// language files is shown read-only, with a button that copies it in as a starting point. Served as the
// classic script /admin/editor.js (src/lib/cms/editorPage.ts, src/pages/admin/editor.js.ts).
import {
  aidWordsFor,
  entryFolder,
  OTHER_LANGUAGES_OPTION,
  type OtherLanguage,
  readOtherLanguages,
  siblingSlug,
  textOf,
  WIDGETS_WITH_OTHER_LANGUAGES,
  wouldReplaceText,
} from './otherLanguages.ts';

/** The little of Immutable.js that Decap hands to a widget. */
interface ImmutableMap {
  get(key: string): unknown;
}
interface WithToJs {
  toJS(): unknown;
}

interface ControlProps {
  field: ImmutableMap;
  /** The entry being edited (Decap's `entry` prop is deprecated and may be stale). */
  getEntry(): ImmutableMap | undefined;
  value: unknown;
  onChange(value: unknown): void;
  loadEntry(collection: string, slug: string): Promise<{ data?: unknown } | undefined>;
  [prop: string]: unknown;
}

/** One other language's text: still loading, not findable yet (a new entry without its folder), absent, or loaded. */
type Sibling = { state: 'loading' } | { state: 'no-folder' } | { state: 'missing' } | { state: 'loaded'; text: string };

interface AidState {
  siblings: Record<string, Sibling>;
  /** Bumped after a copy so the wrapped control mounts again: Decap's rich-text editor reads its value once. */
  remount: number;
}

type Element = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
interface ComponentThis {
  props: ControlProps;
  state: AidState;
  setState(update: Partial<AidState> | ((s: AidState) => Partial<AidState>)): void;
  unmounted?: boolean;
}
interface DecapGlobals {
  CMS?: {
    getWidget(name: string): { control: unknown; preview?: unknown } | undefined;
    registerWidget(name: string, control: unknown, preview?: unknown): void;
  };
  h?: CreateElement;
  createClass?: (spec: Record<string, unknown>) => unknown;
}

const optionList = (field: ImmutableMap): OtherLanguage[] => {
  const raw = field.get(OTHER_LANGUAGES_OPTION);
  return readOtherLanguages(raw && typeof (raw as WithToJs).toJS === 'function' ? (raw as WithToJs).toJS() : raw);
};

/** The editor page's language (/admin/ is Russian, /admin/kk/ Kazakh) decides the aid's words. */
const WORDS = aidWordsFor(typeof document === 'undefined' ? undefined : document.documentElement.lang);

const fieldName = (field: ImmutableMap): string => String(field.get('name') ?? '');
const fieldLabel = (field: ImmutableMap): string => String(field.get('label') ?? fieldName(field));

// Decap styles its form with its own CSS-in-JS; these few inline styles (allowed by the editor's CSP) keep the
// panel readable without a stylesheet of ours.
const PANEL_STYLE = { marginTop: '8px', padding: '8px 12px', border: '1px solid #dfdfe3', borderRadius: '5px', background: '#f7f7f9' };
const TEXT_STYLE = {
  whiteSpace: 'pre-wrap',
  maxHeight: '12em',
  overflowY: 'auto',
  margin: '4px 0 6px',
  fontSize: '14px',
  color: '#313d3e',
};
const NOTE_STYLE = { margin: '4px 0', color: '#798291', fontSize: '14px' };
const BUTTON_STYLE = { font: 'inherit', fontSize: '13px', padding: '2px 10px', cursor: 'pointer' };

function register(globals: DecapGlobals): void {
  const { CMS, h, createClass } = globals;
  if (!CMS || !h || !createClass) return; // not inside the editor page
  for (const [name, baseName] of Object.entries(WIDGETS_WITH_OTHER_LANGUAGES)) {
    const base = CMS.getWidget(baseName);
    if (!base) continue;
    const control = createClass({
      getInitialState(this: ComponentThis): AidState {
        const siblings: Record<string, Sibling> = {};
        for (const other of optionList(this.props.field)) siblings[other.file] = { state: 'loading' };
        return { siblings, remount: 0 };
      },
      componentDidMount(this: ComponentThis & { load(): void }) {
        this.load();
      },
      /** Reads the other languages' files; again on "show", once a new entry's folder has been typed. */
      load(this: ComponentThis) {
        const entry = this.props.getEntry();
        const meta = entry?.get('meta') as ImmutableMap | undefined;
        const folder = entryFolder(entry?.get('slug'), meta?.get('path'));
        for (const other of optionList(this.props.field)) {
          const target = siblingSlug(folder, other.file);
          const settle = (sibling: Sibling) => {
            if (!this.unmounted) this.setState((s) => ({ siblings: { ...s.siblings, [other.file]: sibling } }));
          };
          if (!target) {
            settle({ state: 'no-folder' });
            continue;
          }
          settle({ state: 'loading' });
          this.props
            .loadEntry(other.collection, target)
            .then((loaded) => {
              const text = textOf(loaded?.data, fieldName(this.props.field));
              settle(text === undefined ? { state: 'missing' } : { state: 'loaded', text });
            })
            .catch(() => settle({ state: 'missing' }));
        }
      },
      componentWillUnmount(this: ComponentThis) {
        this.unmounted = true;
      },
      copy(this: ComponentThis, other: OtherLanguage, text: string) {
        if (wouldReplaceText(this.props.value) && !window.confirm(WORDS.replace(fieldLabel(this.props.field), other.label))) return;
        this.props.onChange(text);
        this.setState((s) => ({ remount: s.remount + 1 }));
      },
      render(this: ComponentThis & { copy(other: OtherLanguage, text: string): void; load(): void }) {
        const others = optionList(this.props.field);
        const name = fieldName(this.props.field);
        const note = (text: string) => h('p', { key: 'note', style: NOTE_STYLE }, text);
        // Until a new entry's folder is typed there is nothing to look up: one note and one button for the field.
        const waiting = others.every((other) => this.state.siblings[other.file]?.state === 'no-folder');
        const lookUp = [
          note(WORDS.showHint),
          h('button', { key: 'show', type: 'button', style: BUTTON_STYLE, onClick: () => this.load() }, WORDS.show),
        ];
        const languages = others.map((other) => {
          const sibling = this.state.siblings[other.file] ?? { state: 'missing' };
          let body: unknown;
          if (sibling.state === 'loaded')
            body = [
              h('div', { key: 'text', style: TEXT_STYLE, lang: other.file }, sibling.text),
              h(
                'button',
                // The field's key, not its label, names the button: the label is the field's own accessible name.
                {
                  key: 'copy',
                  type: 'button',
                  style: BUTTON_STYLE,
                  'aria-label': WORDS.copyInto(other.label, name),
                  onClick: () => this.copy(other, sibling.text),
                },
                WORDS.copy(other.label),
              ),
            ];
          else body = note(sibling.state === 'loading' ? WORDS.loading : WORDS.empty);
          return h(
            'div',
            { key: other.file, style: { marginTop: '6px' } },
            h('strong', { style: { fontSize: '13px' } }, other.label),
            body,
          );
        });
        return h(
          'div',
          null,
          h(base.control, { ...this.props, key: this.state.remount }),
          others.length > 0
            ? h(
                'section',
                { style: PANEL_STYLE, 'aria-label': WORDS.panel(name), 'data-other-languages': name },
                waiting ? lookUp : languages,
              )
            : null,
        );
      },
    });
    CMS.registerWidget(name, control, base.preview);
  }
}

register(globalThis as unknown as DecapGlobals);
