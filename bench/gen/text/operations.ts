/**
 * The words of one amending operation ("регламент … изложить в новой редакции
 * согласно приложению 1 к настоящему постановлению", "дополнить регламентом …",
 * "в регламенте … пункт 5 дополнить подпунктом 4) следующего содержания: …",
 * "… слова … заменить словами …", "… подпункт 3) пункта 6 исключить",
 * "регламент … исключить").
 */
import type { Random } from '../random.js';
import type { Act, Operation, World } from '../types.js';
import { link } from './ir.js';
import { actNoun } from './phrases.js';

/**
 * Words of an operation.
 * @param world the world
 * @param act the amending act
 * @param op the operation
 * @param target the amended act
 * @param last the last operation of its point (ends with a full stop)
 * @param rng the act's text stream
 * @returns the clause
 */
export function operationText(world: World, act: Act, op: Operation, target: Act, last: boolean, rng: Random): string {
  const service = world.lineages.get(op.lineage)!.service;
  const end = last ? '.' : ';';
  const noun = actNoun(act.type, 'dat');
  const where = op.appendix !== null ? link(`приложению ${op.appendix}`) : link('приложению');
  const approvedBy =
    target.type === 'resolution' ? 'утвержденный указанным постановлением' : 'утвержденный указанным решением';
  const approvedIn =
    target.type === 'resolution' ? 'утвержденном указанным постановлением' : 'утвержденном указанным решением';
  switch (op.kind) {
    case 'replace':
      return (
        `${link('регламент')} государственной услуги "${service}", ${approvedBy}, изложить в новой ` +
        `редакции согласно ${where} к настоящему ${noun}${end}`
      );
    case 'add':
      return rng.chance(0.5)
        ? `дополнить ${link('регламентом')} государственной услуги "${service}" согласно ${where} к ` +
            `настоящему ${noun}${end}`
        : `${link('регламент')} государственной услуги "${service}" изложить согласно ${where} к ` +
            `настоящему ${noun}${end}`;
    case 'exclude':
      return `${link('регламент')} государственной услуги "${service}", ${approvedBy}, исключить${end}`;
    case 'edit': {
      const p = rng.int(2, 12);
      const lead = `в ${link('регламенте')} государственной услуги "${service}", ${approvedIn},`;
      if (op.edit === 'insert') {
        const n = rng.int(3, 9);
        return (
          `${lead} ${link(`пункт ${p}`)} дополнить подпунктом ${n}) следующего содержания: ` +
          `"${n}) ${rng.pick(INSERTIONS)}"${end}`
        );
      }
      if (op.edit === 'replace_words') {
        const [from, to] = rng.pick(REPLACEMENTS);
        return `${lead} в ${link(`пункте ${p}`)} слова "${from}" заменить словами "${to}"${end}`;
      }
      return `${lead} подпункт ${rng.int(2, 7)}) ${link(`пункта ${p}`)} исключить${end}`;
    }
  }
}

const INSERTIONS = [
  'веб-портал "электронного правительства" www.egov.kz;',
  'прием документов осуществляется в порядке электронной очереди без ускоренного обслуживания;',
  'при обращении через портал результат направляется в "личный кабинет" услугополучателя;',
  'работник Государственной корпорации выдает расписку о приеме документов;',
];

const REPLACEMENTS: ReadonlyArray<readonly [string, string]> = [
  ['в течение 5 (пяти) рабочих дней', 'в течение 3 (трех) рабочих дней'],
  ['центр обслуживания населения', 'Государственная корпорация'],
  ['руководитель услугодателя', 'заместитель руководителя услугодателя'],
  ['бумажная', 'электронная и (или) бумажная'],
  ['30 (тридцати) минут', '15 (пятнадцати) минут'],
];
