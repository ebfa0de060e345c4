/**
 * A bounded request log: at most `perSecond` lines are written in each second; past that, lines
 * are counted and dropped, and the next second opens with one line saying how many. Under load the
 * log grows by a bounded amount per second whatever the request rate (bench/RESULTS.md, "Why
 * these settings").
 */

/** Lines per second written by default (`ZANKB_LOG_RATE` overrides it). */
export const DEFAULT_LOG_RATE = 100;

/**
 * Wraps a line writer.
 * @param write where kept lines go
 * @param perSecond lines written per second at most
 * @param now the clock in milliseconds (injected for tests)
 * @returns a writer with the same signature
 */
export function sampledLog(
  write: (line: string) => void,
  perSecond = DEFAULT_LOG_RATE,
  now: () => number = Date.now,
): (line: string) => void {
  let second = -1;
  let written = 0;
  let dropped = 0;
  return (line) => {
    const s = Math.floor(now() / 1000);
    if (s !== second) {
      if (dropped > 0) {
        write(
          JSON.stringify({
            time: new Date(second * 1000).toISOString(),
            level: 'warn',
            dropped,
            message: `request log over ${perSecond} lines a second: ${dropped} lines dropped`,
          }),
        );
      }
      second = s;
      written = 0;
      dropped = 0;
    }
    if (written < perSecond) {
      written++;
      write(line);
    } else dropped++;
  };
}
