/**
 * Markers people leave for "not finished": TODO (what the scaffolder and the register import write), FIXME and TBD.
 * Upper case only and as whole words, so prose such as "to do" or "tbdx" is not taken for one.
 */
const MARKER = /\b(TODO|FIXME|TBD)\b/;

export interface TodoMarker {
  file: string;
  /** 1-based line. */
  line: number;
  marker: 'TODO' | 'FIXME' | 'TBD';
  /** The line, trimmed and shortened, so the official sees what is missing without opening the file. */
  text: string;
}

/** Every line of `text` that carries a marker (one entry per line, the first marker on it). */
export function findTodoMarkers(file: string, text: string): TodoMarker[] {
  const found: TodoMarker[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const hit = MARKER.exec(line);
    if (hit)
      found.push({
        file,
        line: i + 1,
        marker: hit[1] as TodoMarker['marker'],
        text: line.trim().replace(/^#\s*/, '').slice(0, 120),
      });
  });
  return found;
}
