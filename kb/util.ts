/** Small helpers shared across kb/ (no domain knowledge here). */
import { createHash } from 'node:crypto';

/**
 * Code-point string comparison: deterministic on every machine, unlike localeCompare.
 * @param a left
 * @param b right
 * @returns negative, zero or positive
 */
export function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Hex SHA-256 of a string (UTF-8).
 * @param text input
 * @returns 64 hex characters
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Parses a JSON column written by kb/ itself.
 * @param text column value
 * @param fallback value for null
 * @returns the parsed value
 */
export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}
