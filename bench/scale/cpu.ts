/**
 * CPU seconds spent by this process's finished children (the importers) and by the PostgreSQL
 * server, read from /proc (Linux): what shows whether an import is limited by the clients, the
 * server, or the two cores they share.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux's every common build). */
const HZ = 100;

/** CPU seconds at one moment. */
export interface CpuSample {
  /** Children of this process that have exited and been waited for (cutime + cstime). */
  children: number;
  /** Every process of the server's user: its own times plus those of its exited backends. */
  server: number;
}

/**
 * Reads the counters.
 * @param serverUid the PostgreSQL server's user id
 * @returns the sample, or null where /proc is missing (not Linux)
 */
export function cpuSample(serverUid: number): CpuSample | null {
  const self = times('/proc/self/stat');
  if (!self) return null;
  let server = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (statSync(`/proc/${pid}`).uid !== serverUid) continue;
      const t = times(`/proc/${pid}/stat`);
      // The postmaster's children times hold the backends that have ended; live ones count their own.
      if (t) server += t.own + t.children;
    } catch {
      // A process that ended between the listing and the read.
    }
  }
  return { children: self.children, server };
}

/**
 * The seconds between two samples.
 * @param a before
 * @param b after
 * @returns children's and server's CPU seconds
 */
export function cpuBetween(a: CpuSample | null, b: CpuSample | null): CpuSample | null {
  return a && b ? { children: b.children - a.children, server: b.server - a.server } : null;
}

/**
 * The `postgres` user's uid (the local cluster's processes run as it), from /etc/passwd.
 * @returns its uid, or null
 */
export function postgresUid(): number | null {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('postgres:'));
    return line ? Number(line.split(':')[2]) : null;
  } catch {
    return null;
  }
}

function times(file: string): { own: number; children: number } | null {
  try {
    const stat = readFileSync(file, 'utf8');
    // Fields after the command (which may hold spaces) start at state (field 3).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const at = (n: number) => Number(f[n - 3]);
    return { own: (at(14) + at(15)) / HZ, children: (at(16) + at(17)) / HZ };
  } catch {
    return null;
  }
}
