import { describe, expect, it } from 'vitest';
import { githubAnnotations } from '../../src/lib/validation/annotations.ts';
import type { ContentProblem } from '../../src/lib/validation/problems.ts';

// The pull-request annotations in the order of the human report: by file, then by line, a problem without a
// line first in its file; titled "Content check" unless another check is named.

const problem = (file: string, line: number | undefined, message: string): ContentProblem => ({
  severity: 'error',
  file,
  ...(line === undefined ? {} : { line }),
  message,
});

describe('annotations for a pull request', () => {
  it('sorts by file, then by line, with a problem that has no line first in its file', () => {
    const out = githubAnnotations([
      problem('content/b.yaml', 9, 'b9'),
      problem('content/a.yaml', 12, 'a12'),
      problem('content/b.yaml', undefined, 'b-'),
      problem('content/a.yaml', 3, 'a3'),
      problem('content/b.yaml', 2, 'b2'),
    ]);
    expect(out.split('\n').map((l) => l.split('::').at(-1))).toEqual(['a3', 'a12', 'b-', 'b2', 'b9']);
  });

  it('titles each one "Content check" unless another check is named', () => {
    expect(githubAnnotations([problem('content/a.yaml', 1, 'x')])).toBe('::error file=content/a.yaml,line=1,title=Content check::x');
    expect(githubAnnotations([problem('content/a.yaml', undefined, 'x')], 'Layout check')).toBe(
      '::error file=content/a.yaml,title=Layout check::x',
    );
  });
});
