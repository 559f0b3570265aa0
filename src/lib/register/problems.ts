/** Problems with a register, said with the row, column or cell a spreadsheet shows. */
export interface RegisterProblem {
  /** Spreadsheet row number (the header is row 1). */
  row?: number;
  column?: string;
  /** Spreadsheet cell, e.g. `F7`, when the problem was found in the file before columns had names. */
  cell?: string;
  id?: string;
  message: string;
}

/**
 * A register file that cannot be read safely (wrong encoding, over a size limit, a formula with no
 * saved value…). Thrown by the readers before anything is imported, so nothing is ever written.
 */
export class RegisterFileError extends Error {
  readonly file: string;
  readonly problems: readonly RegisterProblem[];

  constructor(file: string, problems: readonly RegisterProblem[]) {
    super(`${file}: ${problems.map(formatRegisterProblem).join('; ')}`);
    this.name = 'RegisterFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** One problem per line: `row 7, column price.amountKzt (balkhash-x): …`; later lines of a message are indented. */
export function formatRegisterProblem(p: RegisterProblem): string {
  const where = [p.cell ? `cell ${p.cell}` : undefined, p.row ? `row ${p.row}` : undefined, p.column ? `column ${p.column}` : undefined]
    .filter(Boolean)
    .join(', ');
  return `${where || 'register'}${p.id ? ` (${p.id})` : ''}: ${p.message.replace(/\n/g, '\n    ')}`;
}
