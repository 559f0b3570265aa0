import type { Lang, OfferFacts } from '../../schemas/index.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlSource } from './readContentTree.ts';
import type { ComponentUse } from './safeMdx.ts';

/** The marker for "still to be written" that the scaffolder and the register import leave behind. */
const TODO = /\bTODO\b/;

interface OfferFiles {
  facts: OfferFacts | undefined;
  data: unknown;
  source: YamlSource;
  texts: Partial<Record<Lang, { file: string; components?: ComponentUse[] }>>;
  /**
   * The offer's files as the checker already read them (facts.yaml and each language file). The TODO scan
   * reuses this text rather than opening the files again, so a file refused as a symbolic link or as
   * not UTF-8 is never read a second time.
   */
  fileTexts: ReadonlyArray<{ file: string; text: string }>;
}

/**
 * A draft (`draft: true`) is checked like any offer but never published, and each TODO left in
 * its files is listed as a warning. An offer that is not a draft must have no TODO left: that
 * would put a placeholder in front of investors, so it is an error.
 */
export function checkDraftAndTodos({ facts, data, source, texts, fileTexts }: OfferFiles): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const draft = facts?.draft ?? (data !== null && typeof data === 'object' && (data as { draft?: unknown }).draft === true);
  if (draft) {
    problems.push({
      severity: 'warning',
      file: source.file,
      line: source.lineOf(['draft']),
      field: 'draft',
      message: 'this offer is a draft, so the site does not publish it',
      hint: 'when everything marked TODO is done, delete the line `draft: true` to publish it',
    });
  }
  for (const { file, text } of fileTexts) {
    text.split('\n').forEach((line, i) => {
      if (!TODO.test(line)) return;
      const what = line.trim().replace(/^#\s*/, '').slice(0, 100);
      problems.push(
        draft
          ? { severity: 'warning', file, line: i + 1, message: `still to do: ${what}`, hint: 'fill it in and remove the TODO' }
          : {
              severity: 'error',
              file,
              line: i + 1,
              message: `a TODO is left in a published offer: ${what}`,
              hint: 'finish it and remove the TODO, or add `draft: true` to facts.yaml to keep the offer unpublished',
            },
      );
    });
  }

  if (!facts) return problems;
  const photoFiles = facts.photos.map((p) => p.file);
  for (const text of Object.values(texts)) {
    for (const use of text?.components ?? []) {
      if (use.name === 'Gallery') {
        if (photoFiles.length === 0) {
          problems.push({
            severity: 'error',
            file: text!.file,
            line: use.line,
            message: '<Gallery> has no photos to show: facts.yaml lists none under `photos:`',
            hint: 'add the photos to facts.yaml (file and alt text), or delete <Gallery />',
          });
          continue;
        }
        for (const file of (use.attributes.files ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)) {
          if (!photoFiles.includes(file))
            problems.push({
              severity: 'error',
              file: text!.file,
              line: use.line,
              message: `<Gallery> names ${file}, which is not under \`photos:\` in facts.yaml`,
              hint: `use one of: ${photoFiles.join(', ')}`,
            });
        }
      }
      if (use.name === 'FactsNote' && use.attributes.fact === 'investment' && facts.investmentKzt === undefined) {
        problems.push({
          severity: 'warning',
          file: text!.file,
          line: use.line,
          message: '<FactsNote fact="investment"> shows nothing: facts.yaml gives no `investmentKzt`',
          hint: 'add investmentKzt to facts.yaml, or choose another fact',
        });
      }
    }
  }
  return problems;
}
