/**
 * The daemon's streamed JSON messages (`pkg/jsonmessage`, `pkg/streamformatter`): one object per message, each
 * terminated by `\r\n`, Go's JSON encoding (which escapes `<`, `>` and `&`), field order as Go emits it.
 */

export interface ProgressDetail {
  current?: number;
  total?: number;
}

/** One message of a pull/import stream (the spec's `CreateImageInfo`). */
export interface StreamMessage {
  status?: string;
  progressDetail?: ProgressDetail;
  progress?: string;
  id?: string;
  errorDetail?: { code?: number; message: string };
  error?: string;
  /** Push ends each tag with `{"progressDetail":{},"aux":{"Tag","Digest","Size"}}`. */
  aux?: Record<string, unknown>;
}

/** Go's `encoding/json` escapes HTML-sensitive characters; the daemon's streams show `\u003e` in progress bars. */
export function goJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** One framed message: JSON then `\r\n` (`streamformatter.streamNewline`). */
export function frame(message: StreamMessage): string {
  return `${goJson(message)}\r\n`;
}

/** The in-stream error the daemon writes once output has been flushed (HTTP status already 200). */
export function streamError(message: string): string {
  return frame({ errorDetail: { message }, error: message });
}

/** `go-units.HumanSize`: decimal units, four significant digits (`32.77kB`, `3.001MB`, `3MB`). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i += 1;
  }
  return `${formatG4(size)}${units[i]}`;
}

/** Go's `%.4g` for the non-negative values humanSize produces. */
function formatG4(value: number): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(value));
  if (exponent < -4 || exponent >= 4) return value.toExponential(3).replace(/\.?0+e/, 'e').replace(/e\+?(-?)(\d)$/, 'e$10$2');
  return String(Number(value.toPrecision(4)));
}

/**
 * `JSONProgress.String()` with the daemon's width of 200 columns: a 50-character bar, then `current/total`
 * right-aligned to 8 characters (only `current` when it overshoots the total).
 */
export function progressBar(current: number, total: number): string {
  if (current <= 0 && total <= 0) return '';
  if (total <= 0) return humanSize(current).padStart(8);
  const percentage = Math.min(50, Math.floor(Math.floor((current / total) * 100) / 2));
  const bar = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
  const numbers = current > total ? humanSize(current).padStart(8) : `${humanSize(current).padStart(8)}/${humanSize(total)}`;
  return bar + numbers;
}

/** A progress message as the daemon orders its fields: status, progressDetail, progress, id. */
export function progressMessage(status: string, id: string | undefined, current: number, total: number): StreamMessage {
  return {
    status,
    progressDetail: { current, total },
    progress: progressBar(current, total),
    ...(id !== undefined ? { id } : {}),
  };
}

/** A status-only layer message (`Pulling fs layer`, `Download complete`, …) with its empty `progressDetail`. */
export function layerStatus(status: string, id: string): StreamMessage {
  return { status, progressDetail: {}, id };
}
