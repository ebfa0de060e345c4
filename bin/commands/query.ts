/** `zankb query --region R --date D [--service S] [--kind K] [--db FILE] [--json]`: which regulations applied. */
import { parseArgs } from 'node:util';
import {
  KbError,
  REGULATION_KINDS,
  closeKb,
  formatApplicabilityText,
  isIsoDate,
  isRegulationKind,
  openKb,
  queryApplicability,
} from '../../kb/index.js';
import { EXIT, InputError, UsageError, existingDb } from '../cli-common.js';

/**
 * Runs the query command.
 * @param args arguments after `query`
 * @returns exit code: 1 for an unknown region (with near matches), 2 for a missing or malformed option
 */
export async function queryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      region: { type: 'string' },
      date: { type: 'string' },
      service: { type: 'string' },
      kind: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0)
    throw new UsageError(
      `query takes no positional arguments (got "${positionals.join(' ')}"); use --region, --date, --service`,
    );
  if (!values.region?.trim())
    throw new UsageError(
      'query needs --region (an oblast, district or city in any case, or an abbreviation such as ЗКО)',
    );
  if (!values.date) throw new UsageError('query needs --date YYYY-MM-DD');
  if (!isIsoDate(values.date)) {
    throw new UsageError(`--date "${values.date}" is not a calendar date; use YYYY-MM-DD, e.g. 2019-03-01`);
  }
  if (values.kind !== undefined && !isRegulationKind(values.kind)) {
    throw new UsageError(
      `--kind "${values.kind}" is not a kind of document; use one of ${REGULATION_KINDS.join(', ')}`,
    );
  }
  const kb = await openKb(existingDb(values.db));
  try {
    const answer = await queryApplicability(kb, {
      region: values.region,
      date: values.date,
      ...(values.service ? { service: values.service } : {}),
      ...(values.kind ? { kind: values.kind } : {}),
    });
    process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : formatApplicabilityText(answer));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof KbError) throw new InputError(e.message);
    throw e;
  } finally {
    await closeKb(kb);
  }
}
