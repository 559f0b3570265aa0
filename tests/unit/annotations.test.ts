import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubAnnotation, githubAnnotations } from '../../src/lib/validation/annotations.ts';

describe('check:content --format github', () => {
  it('writes an error on its file and line, titled with the field', () => {
    expect(
      githubAnnotation({
        severity: 'error',
        file: 'content/offers/new-plot/facts.yaml',
        line: 9,
        field: 'land.areaHa',
        message: 'the area must be more than zero hectares',
      }),
    ).toBe(
      '::error file=content/offers/new-plot/facts.yaml,line=9,title=Content check%3A land.areaHa::the area must be more than zero hectares',
    );
  });

  it('writes a warning without a line when the line is unknown, with the fix on a second line', () => {
    expect(githubAnnotation({ severity: 'warning', file: 'content/places.yaml', message: 'photo has no alt text', hint: 'add alt' })).toBe(
      '::warning file=content/places.yaml,title=Content check::photo has no alt text%0AFix: add alt',
    );
  });

  it('percent-encodes %, CR and LF in the message, and leaves : and , as they are there', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
  });

  it('percent-encodes : and , in properties as well, so a value cannot end early', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(githubAnnotation({ severity: 'error', file: 'content/odd,name:x.yaml', line: 2, field: 'title', message: 'x' })).toBe(
      '::error file=content/odd%2Cname%3Ax.yaml,line=2,title=Content check%3A title::x',
    );
  });

  it('orders annotations by file, then line', () => {
    const out = githubAnnotations([
      { severity: 'error', file: 'content/b.yaml', line: 3, message: 'b3' },
      { severity: 'error', file: 'content/a.yaml', line: 7, message: 'a7' },
      { severity: 'error', file: 'content/a.yaml', line: 2, message: 'a2' },
    ]);
    expect(out.split('\n').map((l) => l.split('::').pop())).toEqual(['a2', 'a7', 'b3']);
  });
});

describe('the pull-request workflow', () => {
  type Step = { name?: string; run?: string; uses?: string; with?: Record<string, unknown> };
  const workflow = parse(readFileSync('.github/workflows/content-check.yml', 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('runs on pull requests with read-only access', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('checks the content with annotations, then builds, then uploads dist/ as an artifact, in that order', () => {
    const check = steps.findIndex((s) => s.run === 'npm run check:content -- --format github');
    const build = steps.findIndex((s) => s.run === 'npm run build');
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(check).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]!.with?.path).toBe('dist/');
  });
});
