import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { GatewayError } from '../core/errors.js';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Paths pino blanks out wherever a caller put them by mistake: credentials, headers and bodies are
 * never logged on purpose (log lines carry ids, names, codes and durations), this is the safety net.
 */
export const REDACT_PATHS = [
  'headers',
  '*.headers',
  'body',
  '*.body',
  'authorization',
  '*.authorization',
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'accessKeySecret',
  '*.accessKeySecret',
  'cookie',
  '*.cookie',
  'variables',
  '*.variables',
];

export interface LoggerOptions {
  level: LogLevel;
  /** `pretty` for people (also the default on a TTY), else one JSON object per line. */
  format?: 'json' | 'pretty';
  /** Where lines go (tests capture them); default stdout. */
  destination?: DestinationStream;
}

/** The process logger: JSON lines with `time`, `level` (a name), `msg`, and the request's `requestId`. */
export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.format === 'pretty' || (options.format === undefined && process.stdout.isTTY === true);
  const base = {
    level: options.level,
    base: { service: 'imagegraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (options.destination) return pino(base, options.destination);
  if (pretty) return pino({ ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'service' } } });
  // Lines are written in batches of ≥ 4 KiB, and at least every 250 ms: one write per request cost ~8% of
  // the CPU of a small query (test/bench/PROFILE.md). pino flushes what is buffered when the process exits.
  return pino(base, pino.destination({ sync: false, minLength: 4096, periodicFlush: 250 }));
}

/** A logger that prints nothing (tests and tools that build services without a server). */
export const silentLogger: Logger = pino({ level: 'silent' });

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;
/** A request id we echo and send upstream: printable, no spaces, bounded (a header value is attacker-chosen). */
const SAFE_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * The id of one client request: its `x-request-id` when it is a sane token, else the trace id of its
 * W3C `traceparent`, else a new UUID. Echoed in the response, put on every log line of the request
 * and sent upstream on every call it causes.
 */
export function requestIdFrom(headers: { get(name: string): string | null } | undefined): string {
  const given = headers?.get('x-request-id')?.trim();
  if (given && SAFE_ID.test(given)) return given;
  const trace = TRACEPARENT.exec(headers?.get('traceparent')?.trim().toLowerCase() ?? '');
  if (trace && !/^0+$/.test(trace[1]!)) return trace[1]!;
  return randomUUID();
}

/**
 * Yoga's logger on top of pino, minus expected errors: a typed `GatewayError` is an answer to the
 * client (it is in the response with its code), not something an operator needs in the log.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const expected = (args: unknown[]) => args.some((a) => a instanceof GatewayError || (a instanceof GraphQLError && a.originalError instanceof GatewayError));
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    if (level === 'error' && expected(args)) return;
    const err = args.find((a): a is Error => a instanceof Error);
    const text = args.filter((a) => typeof a === 'string').join(' ');
    if (err) logger[level]({ err }, text || err.message);
    else logger[level](text);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
