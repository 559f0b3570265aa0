/**
 * The one message an embed page sends to the page that hosts it: its content height.
 * Both sides validate it strictly; anything else is ignored.
 */
export const HEIGHT_MESSAGE_TYPE = 'tic:height';
export const PROTOCOL_VERSION = 1;
/** Heights above this are treated as bogus (a runaway layout must not make the host page endless). */
export const MAX_HEIGHT = 20_000;
/** Frame ids the loader generates and the embed page accepts: short, URL-safe, never reflected into HTML. */
export const FRAME_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  version: typeof PROTOCOL_VERSION;
  /** The frame id the loader put in the iframe URL (`frame=`). */
  id: string;
  /** Content height in CSS pixels, a whole number. */
  height: number;
}

/** The message for a frame id and a measured height (rounded up so nothing is cut off). */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, version: PROTOCOL_VERSION, id, height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height))) };
}

/** The message if `data` is exactly a valid height message, else undefined. */
export function parseHeightMessage(data: unknown): HeightMessage | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data).sort();
  if (keys.join(',') !== 'height,id,type,version') return undefined;
  const { type, version, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE_TYPE || version !== PROTOCOL_VERSION) return undefined;
  if (typeof id !== 'string' || !FRAME_ID_PATTERN.test(id)) return undefined;
  if (typeof height !== 'number' || !Number.isInteger(height) || height < 0 || height > MAX_HEIGHT) return undefined;
  return { type, version, id, height };
}

/** A frame id from a query parameter, or undefined when it is missing or malformed. */
export function parseFrameId(value: string | null | undefined): string | undefined {
  return value && FRAME_ID_PATTERN.test(value) ? value : undefined;
}
