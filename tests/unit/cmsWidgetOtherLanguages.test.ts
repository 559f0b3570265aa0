// The editor's "other languages" panel (src/lib/cms/otherLanguagesWidget.ts), driven in Node with small stand-ins
// for what Decap gives the script: a CMS object that records the widgets registered, a createElement that builds
// plain {type, props, children} nodes, and a createClass that returns the component's spec, which the tests
// instantiate, mount and render by hand. The real editor drives it in tests/browser/cms.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Node {
  type: unknown;
  props: Record<string, unknown> | null;
  children: unknown[];
}
const h = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): Node => ({
  type,
  props: props ?? null,
  children,
});

type Spec = Record<string, (...args: never[]) => unknown>;
interface State {
  siblings: Record<string, unknown>;
  remount: number;
}
interface Instance {
  props: Props;
  state: State;
  setState(update: Partial<State> | ((s: State) => Partial<State>)): void;
  load(): void;
  render(): Node;
  componentDidMount(): void;
  componentWillUnmount(): void;
  getInitialState(): State;
}
interface Props {
  field: { get(key: string): unknown };
  getEntry(): { get(key: string): unknown } | undefined;
  value: unknown;
  onChange(value: unknown): void;
  loadEntry(collection: string, slug: string): Promise<{ data?: unknown } | undefined>;
}

/** Immutable.js as far as the widget uses it: `get`. */
const map = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

const EN = { collection: 'offer-texts-en', file: 'en', label: 'English' };
const KK = { collection: 'offer-texts-kk', file: 'kk', label: 'Қазақша' };

let registered: Record<string, { control: Spec; preview: unknown }>;
let known: Record<string, { control: unknown; preview?: unknown }>;

/** Loads the editor script as the editor page does, with Decap's globals in place. */
async function loadScript(globals: { CMS?: boolean; h?: boolean; createClass?: boolean; lang?: string } = {}) {
  registered = {};
  vi.unstubAllGlobals();
  if (globals.CMS !== false)
    vi.stubGlobal('CMS', {
      getWidget: (name: string) => known[name],
      registerWidget: (name: string, control: Spec, preview: unknown) => {
        registered[name] = { control, preview };
      },
    });
  if (globals.h !== false) vi.stubGlobal('h', h);
  if (globals.createClass !== false) vi.stubGlobal('createClass', (spec: Spec) => spec);
  if (globals.lang !== undefined) vi.stubGlobal('document', { documentElement: { lang: globals.lang } });
  vi.resetModules();
  await import('../../src/lib/cms/otherLanguagesWidget.ts');
}

/** An instance of widget `name` with `props` (React's part: state, setState), not yet mounted. */
function create(name: string, props: Partial<Props> & { field: Props['field'] }): Instance {
  const spec = registered[name]!.control;
  const instance = Object.create(spec) as Instance;
  instance.props = {
    getEntry: () => map({ slug: 'balkhash-city-beach/ru', meta: map({}) }),
    value: '',
    onChange: () => {},
    loadEntry: async () => undefined,
    ...props,
  };
  instance.setState = (update) => {
    instance.state = { ...instance.state, ...(typeof update === 'function' ? update(instance.state) : update) };
  };
  instance.state = instance.getInitialState();
  return instance;
}

/** The instance after React's first render and mount. */
function mount(name: string, props: Partial<Props> & { field: Props['field'] }): Instance {
  const instance = create(name, props);
  instance.render();
  instance.componentDidMount();
  return instance;
}

const textField = (others: unknown = [EN, KK], extra: Record<string, unknown> = {}) =>
  map({ name: 'title', label: 'Название (title)', other_languages: others, ...extra });

/** Every node of a rendered tree, depth first. */
function nodes(tree: unknown): Node[] {
  if (Array.isArray(tree)) return tree.flatMap(nodes);
  if (tree === null || typeof tree !== 'object' || !('type' in tree)) return [];
  const node = tree as Node;
  return [node, ...node.children.flatMap(nodes)];
}
const textOf = (node: Node): string => node.children.map((c) => (typeof c === 'string' ? c : textOf(c as Node))).join('');
const panelOf = (tree: Node) => nodes(tree).find((n) => n.type === 'section');
const byType = (tree: unknown, type: string) => nodes(tree).filter((n) => n.type === type);
/** Presses a rendered button. */
function click(button: Node): void {
  const onClick = button.props?.onClick;
  if (typeof onClick !== 'function') throw new Error('not a button with a click handler');
  onClick();
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  known = {
    string: { control: 'DecapString', preview: 'DecapStringPreview' },
    markdown: { control: 'DecapMarkdown', preview: 'DecapMarkdownPreview' },
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('registering the widgets in the editor page', () => {
  it('wraps Decap’s string and markdown widgets, keeping their previews', async () => {
    await loadScript();
    expect(Object.keys(registered).sort()).toEqual(['markdown-with-other-languages', 'string-with-other-languages']);
    expect(registered['string-with-other-languages']!.preview).toBe('DecapStringPreview');
    expect(registered['markdown-with-other-languages']!.preview).toBe('DecapMarkdownPreview');
  });

  it('shows Decap’s own control for the field, with the same props', async () => {
    await loadScript();
    const onChange = vi.fn();
    const field = textField();
    const widget = mount('markdown-with-other-languages', { field, value: 'Текст', onChange });
    const tree = widget.render();
    expect(tree.type).toBe('div');
    const control = tree.children[0] as Node;
    expect(control.type).toBe('DecapMarkdown');
    expect(control.props).toMatchObject({ field, value: 'Текст', onChange, key: 0 });
    const string = mount('string-with-other-languages', { field });
    expect((string.render().children[0] as Node).type).toBe('DecapString');
  });

  it('skips a widget whose Decap base is not there, and still registers the other', async () => {
    delete known.markdown;
    await loadScript();
    expect(Object.keys(registered)).toEqual(['string-with-other-languages']);
  });

  it('does nothing outside the editor page (no CMS, no createElement or no createClass)', async () => {
    await loadScript({ CMS: false });
    expect(registered).toEqual({});
    await loadScript({ h: false });
    expect(registered).toEqual({});
    await loadScript({ createClass: false });
    expect(registered).toEqual({});
  });
});

describe('showing the same field in the other languages', () => {
  it('looks up the same field in the entry’s other language files, in the folder of the entry', async () => {
    await loadScript();
    const loadEntry = vi.fn(async () => undefined);
    mount('string-with-other-languages', { field: textField(), loadEntry });
    expect(loadEntry.mock.calls).toEqual([
      ['offer-texts-en', 'balkhash-city-beach/en'],
      ['offer-texts-kk', 'balkhash-city-beach/kk'],
    ]);
  });

  it('says “loading” for each language from the first render, before anything is looked up', async () => {
    await loadScript();
    const loadEntry = vi.fn(() => new Promise<undefined>(() => {}));
    const widget = create('string-with-other-languages', { field: textField(), loadEntry });
    const panel = panelOf(widget.render())!;
    expect(loadEntry).not.toHaveBeenCalled();
    expect(byType(panel, 'p').map(textOf)).toEqual(['Загрузка…', 'Загрузка…']);
  });

  it('says “loading” for each language until its file arrives', async () => {
    await loadScript();
    const widget = mount('string-with-other-languages', { field: textField(), loadEntry: () => new Promise(() => {}) });
    const panel = panelOf(widget.render())!;
    expect(byType(panel, 'strong').map(textOf)).toEqual(['English', 'Қазақша']);
    expect(byType(panel, 'p').map(textOf)).toEqual(['Загрузка…', 'Загрузка…']);
    expect(byType(panel, 'button')).toEqual([]);
  });

  it('shows each other language’s text, marked with its language, and a button to copy it in', async () => {
    await loadScript();
    const texts: Record<string, unknown> = {
      'balkhash-city-beach/en': { data: { title: 'City beach on Lake Balkhash', summary: 'x' } },
      'balkhash-city-beach/kk': { data: { title: 'Балқаш көліндегі қалалық жағажай' } },
    };
    const widget = mount('string-with-other-languages', {
      field: textField(),
      loadEntry: async (_collection, slug) => texts[slug] as { data?: unknown },
    });
    await settled();
    const panel = panelOf(widget.render())!;
    expect(panel.props).toMatchObject({ 'aria-label': 'Другие языки: title', 'data-other-languages': 'title' });
    const blocks = panel.children[0] as Node[];
    expect(blocks.map((b) => [b.type, b.props?.key])).toEqual([
      ['div', 'en'],
      ['div', 'kk'],
    ]);
    const [en, kk] = blocks;
    expect(textOf(byType(en, 'strong')[0]!)).toBe('English');
    const enText = byType(en, 'div').find((n) => n.props?.lang === 'en')!;
    expect(textOf(enText)).toBe('City beach on Lake Balkhash');
    const enButton = byType(en, 'button')[0]!;
    expect(textOf(enButton)).toBe('Скопировать English сюда');
    expect(enButton.props).toMatchObject({ type: 'button', 'aria-label': 'Скопировать English в поле title' });
    expect(textOf(byType(kk, 'div').find((n) => n.props?.lang === 'kk')!)).toBe('Балқаш көліндегі қалалық жағажай');
    expect(textOf(byType(kk, 'button')[0]!)).toBe('Скопировать Қазақша сюда');
  });

  it('says a language is not filled in yet when its file lacks the field, has it blank, or cannot be read', async () => {
    await loadScript();
    const texts: Record<string, () => Promise<unknown>> = {
      'balkhash-city-beach/en': async () => ({ data: { title: '   ' } }),
      'balkhash-city-beach/kk': async () => {
        throw new Error('404');
      },
    };
    const widget = mount('string-with-other-languages', {
      field: textField(),
      loadEntry: (_c, slug) => texts[slug]!() as Promise<{ data?: unknown }>,
    });
    await settled();
    const panel = panelOf(widget.render())!;
    expect(byType(panel, 'p').map(textOf)).toEqual(['На этом языке поле пока не заполнено.', 'На этом языке поле пока не заполнено.']);
    expect(byType(panel, 'button')).toEqual([]);
  });

  it('reads the field by its key in the other file (a markdown body, line breaks kept)', async () => {
    await loadScript();
    const widget = mount('markdown-with-other-languages', {
      field: map({ name: 'body', label: 'Текст страницы', other_languages: [EN] }),
      loadEntry: async () => ({ data: { title: 'Not this', body: 'First.\n\nSecond.' } }),
    });
    await settled();
    const text = byType(panelOf(widget.render()), 'div').find((n) => n.props?.lang === 'en')!;
    expect(textOf(text)).toBe('First.\n\nSecond.');
    expect(text.props?.style).toMatchObject({ whiteSpace: 'pre-wrap', maxHeight: '12em', overflowY: 'auto' });
  });

  it('takes the list of languages from an Immutable value as Decap hands it over', async () => {
    await loadScript();
    const loadEntry = vi.fn(async () => undefined);
    const widget = mount('string-with-other-languages', { field: textField({ toJS: () => [KK] }), loadEntry });
    expect(loadEntry.mock.calls).toEqual([['offer-texts-kk', 'balkhash-city-beach/kk']]);
    expect(byType(panelOf(widget.render()), 'strong').map(textOf)).toEqual(['Қазақша']);
  });

  it('shows no panel for a field without other languages (or with a malformed list): the field stays editable', async () => {
    await loadScript();
    for (const others of [undefined, [], 'en, kk', [{ file: 'en' }]]) {
      const loadEntry = vi.fn(async () => undefined);
      const field = map({ name: 'title', label: 'Название (title)', other_languages: others });
      const widget = mount('string-with-other-languages', { field, loadEntry });
      const tree = widget.render();
      expect(tree.children).toHaveLength(2);
      expect((tree.children[0] as Node).type).toBe('DecapString');
      expect(tree.children[1]).toBeNull();
      expect(loadEntry).not.toHaveBeenCalled();
    }
  });

  it('shows a language added to the field’s list after the first look-up as not filled in yet', async () => {
    await loadScript();
    const widget = mount('string-with-other-languages', {
      field: textField([EN]),
      loadEntry: async () => ({ data: { title: 'Beach' } }),
    });
    await settled();
    widget.props = { ...widget.props, field: textField([KK, EN]) };
    const panel = panelOf(widget.render())!;
    expect(byType(panel, 'strong').map(textOf)).toEqual(['Қазақша', 'English']);
    expect(byType(panel, 'p').map(textOf)).toEqual(['На этом языке поле пока не заполнено.']);
    expect(byType(panel, 'button').map(textOf)).toEqual(['Скопировать English сюда']);
  });

  it('names the panel after an unnamed field with nothing rather than a made-up name', async () => {
    await loadScript();
    const widget = mount('string-with-other-languages', { field: map({ other_languages: [EN] }), getEntry: () => undefined });
    expect(panelOf(widget.render())!.props).toMatchObject({ 'aria-label': 'Другие языки: ', 'data-other-languages': '' });
  });

  it('stops updating once the field is gone from the form', async () => {
    await loadScript();
    let answer: (value: { data?: unknown }) => void = () => {};
    const widget = mount('string-with-other-languages', {
      field: textField([EN]),
      loadEntry: () => new Promise((resolve) => (answer = resolve)),
    });
    const before = widget.state;
    widget.setState = vi.fn();
    widget.componentWillUnmount();
    answer({ data: { title: 'Late' } });
    await settled();
    expect(widget.setState).not.toHaveBeenCalled();
    expect(widget.state).toBe(before);
  });
});

describe('a new entry, before its folder is typed', () => {
  const newEntry = (folder?: string) => () => map({ meta: map({ path: folder }) });

  it('asks for the folder once for the field, with a “Show” button, and looks nothing up', async () => {
    await loadScript();
    const loadEntry = vi.fn(async () => undefined);
    const widget = mount('string-with-other-languages', { field: textField(), getEntry: newEntry(), loadEntry });
    expect(loadEntry).not.toHaveBeenCalled();
    const panel = panelOf(widget.render())!;
    expect(byType(panel, 'strong')).toEqual([]);
    expect(byType(panel, 'p').map(textOf)).toEqual([
      'Укажите папку (первое поле формы) и нажмите «Показать», чтобы увидеть этот текст на других языках.',
    ]);
    const buttons = byType(panel, 'button');
    expect(buttons.map(textOf)).toEqual(['Показать']);
    expect(buttons[0]!.props?.type).toBe('button');
  });

  it('looks the texts up in the typed folder when “Show” is pressed', async () => {
    await loadScript();
    let folder: string | undefined;
    const loadEntry = vi.fn(async (_c: string, slug: string) => ({ data: { title: `text of ${slug}` } }));
    const widget = mount('string-with-other-languages', {
      field: textField(),
      getEntry: () => map({ meta: map({ path: folder }) }),
      loadEntry,
    });
    folder = 'new-glamping';
    const show = byType(panelOf(widget.render()), 'button')[0]!;
    click(show);
    expect(loadEntry.mock.calls).toEqual([
      ['offer-texts-en', 'new-glamping/en'],
      ['offer-texts-kk', 'new-glamping/kk'],
    ]);
    expect(byType(panelOf(widget.render()), 'p').map(textOf)).toEqual(['Загрузка…', 'Загрузка…']);
    await settled();
    const texts = byType(panelOf(widget.render()), 'div').filter((n) => n.props?.lang);
    expect(texts.map(textOf)).toEqual(['text of new-glamping/en', 'text of new-glamping/kk']);
  });

  it('does not look up a folder name the content layout does not allow', async () => {
    await loadScript();
    const loadEntry = vi.fn(async () => undefined);
    const widget = mount('string-with-other-languages', { field: textField(), getEntry: newEntry('Not A Folder'), loadEntry });
    expect(loadEntry).not.toHaveBeenCalled();
    expect(byType(panelOf(widget.render()), 'button').map(textOf)).toEqual(['Показать']);
  });

  it('works before Decap has an entry at all', async () => {
    await loadScript();
    const loadEntry = vi.fn(async () => undefined);
    const widget = mount('string-with-other-languages', { field: textField(), getEntry: () => undefined, loadEntry });
    expect(loadEntry).not.toHaveBeenCalled();
    expect(byType(panelOf(widget.render()), 'button').map(textOf)).toEqual(['Показать']);
  });
});

describe('copying another language in', () => {
  async function loadedWidget(value: unknown, onChange = vi.fn()) {
    const widget = mount('markdown-with-other-languages', {
      field: textField([EN, KK]),
      value,
      onChange,
      loadEntry: async (_c, slug) => ({ data: { title: slug.endsWith('/en') ? 'Beach' : 'Жағажай' } }),
    });
    await settled();
    const press = (file: string) => {
      const block = (panelOf(widget.render())!.children[0] as Node[]).find((b) => b.props?.key === file)!;
      click(byType(block, 'button')[0]!);
    };
    return { widget, onChange, press };
  }

  it('fills an empty field with the other language’s text without asking', async () => {
    await loadScript();
    const confirm = vi.fn(() => true);
    vi.stubGlobal('window', { confirm });
    const { widget, onChange, press } = await loadedWidget('  ');
    press('kk');
    expect(confirm).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledWith('Жағажай');
    // The rich-text editor reads its value once: it is mounted again (a new key) to show the copied text.
    expect((widget.render().children[0] as Node).props?.key).toBe(1);
    press('en');
    expect(onChange).toHaveBeenLastCalledWith('Beach');
    expect((widget.render().children[0] as Node).props?.key).toBe(2);
  });

  it('asks before replacing words already typed, and keeps them when the official says no', async () => {
    await loadScript();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('window', { confirm });
    const { widget, onChange, press } = await loadedWidget('Мой текст');
    press('en');
    expect(confirm).toHaveBeenCalledWith('Заменить текст в поле «Название (title)» текстом (English)?');
    expect(onChange).not.toHaveBeenCalled();
    expect((widget.render().children[0] as Node).props?.key).toBe(0);
  });

  it('replaces the typed words when the official agrees', async () => {
    await loadScript();
    vi.stubGlobal('window', { confirm: () => true });
    const { widget, onChange, press } = await loadedWidget('Мой текст');
    press('en');
    expect(onChange).toHaveBeenCalledWith('Beach');
    expect((widget.render().children[0] as Node).props?.key).toBe(1);
  });

  it('names the field by its key in the question when it has no label', async () => {
    await loadScript();
    const confirm = vi.fn(() => false);
    vi.stubGlobal('window', { confirm });
    const widget = mount('string-with-other-languages', {
      field: map({ name: 'summary', other_languages: [EN] }),
      value: 'Кратко',
      loadEntry: async () => ({ data: { summary: 'Short' } }),
    });
    await settled();
    click(byType(panelOf(widget.render()), 'button')[0]!);
    expect(confirm).toHaveBeenCalledWith('Заменить текст в поле «summary» текстом (English)?');
  });
});

describe('the words of the panel follow the editor page’s language', () => {
  it('speaks Kazakh on /admin/kk/', async () => {
    await loadScript({ lang: 'kk' });
    const widget = mount('string-with-other-languages', {
      field: textField([EN]),
      loadEntry: async () => ({ data: { title: 'Beach' } }),
    });
    expect(byType(panelOf(widget.render()), 'p').map(textOf)).toEqual(['Жүктелуде…']);
    await settled();
    const panel = panelOf(widget.render())!;
    expect(panel.props?.['aria-label']).toBe('Басқа тілдер: title');
    expect(textOf(byType(panel, 'button')[0]!)).toBe('English мәтінін осында көшіру');
  });

  it('speaks English on an English page', async () => {
    await loadScript({ lang: 'en' });
    const widget = mount('string-with-other-languages', { field: textField([KK]), getEntry: () => undefined });
    const panel = panelOf(widget.render())!;
    expect(byType(panel, 'button').map(textOf)).toEqual(['Show']);
  });
});

describe('the panel is readable without a stylesheet of ours (Decap styles its form in JS)', () => {
  it('sets its few inline styles', async () => {
    await loadScript();
    const widget = mount('string-with-other-languages', {
      field: textField([EN]),
      loadEntry: async () => ({ data: { title: 'Beach' } }),
    });
    await settled();
    const panel = panelOf(widget.render())!;
    expect(panel.props?.style).toEqual({
      marginTop: '8px',
      padding: '8px 12px',
      border: '1px solid #dfdfe3',
      borderRadius: '5px',
      background: '#f7f7f9',
    });
    const block = (panel.children[0] as Node[])[0]!;
    expect(block.props?.style).toEqual({ marginTop: '6px' });
    expect(byType(block, 'strong')[0]!.props?.style).toEqual({ fontSize: '13px' });
    expect(byType(block, 'div').find((n) => n.props?.lang)!.props?.style).toEqual({
      whiteSpace: 'pre-wrap',
      maxHeight: '12em',
      overflowY: 'auto',
      margin: '4px 0 6px',
      fontSize: '14px',
      color: '#313d3e',
    });
    const button = { font: 'inherit', fontSize: '13px', padding: '2px 10px', cursor: 'pointer' };
    expect(byType(block, 'button')[0]!.props?.style).toEqual(button);
    const waiting = mount('string-with-other-languages', { field: textField([EN]), getEntry: () => undefined });
    const [hint] = byType(panelOf(waiting.render()), 'p');
    expect(hint!.props?.style).toEqual({ margin: '4px 0', color: '#798291', fontSize: '14px' });
    expect(byType(panelOf(waiting.render()), 'button')[0]!.props?.style).toEqual(button);
  });
});
