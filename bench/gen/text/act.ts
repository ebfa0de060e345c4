/**
 * One act as a flavour-neutral document: title, status line, metadata line,
 * footnotes, preamble, operative points, signature and appendices with their
 * regulations. Returns, beside the text, the statements it makes (which facts
 * about which acts the text states), so the truth is computed from exactly
 * what the corpus says.
 */
import { regionById } from '../../../parser/lib/regions.js';
import { longDate } from '../dates.js';
import { genitiveOn, genitiveParts } from '../places.js';
import { createRandom, type Random } from '../random.js';
import type { Act, Amendment, World } from '../types.js';
import { OFFICIALS } from '../vocab/people.js';
import { link, type DocIR, type Para } from './ir.js';
import { actNoun, actRef, actTitle, bodyGenitive, clauseText, footnoteDate, numberSign } from './phrases.js';
import { operationText } from './operations.js';
import { regulationParas } from './regulation.js';
import type { Statement } from './statements.js';

/** A built document and what it states. */
export interface BuiltAct {
  ir: DocIR;
  statements: Statement[];
}

/**
 * Builds the document of a rendered act.
 * @param world the world
 * @param act the act (its `rendered` flag is not checked)
 * @returns the document and its statements
 */
export function buildActDocument(world: World, act: Act): BuiltAct {
  const rng = createRandom(act.style.textSeed);
  const b = new DocBuilder(world, act, rng);
  return b.build();
}

/** District departments an act may name as its executor. */
const DEPARTMENTS = ['экономики и финансов', 'занятости и социальных программ', 'земельных отношений'];

class DocBuilder {
  private readonly paras: Para[] = [];
  private readonly statements: Statement[] = [];
  private points = 0;

  constructor(
    private readonly world: World,
    private readonly act: Act,
    private readonly rng: Random,
  ) {}

  build(): BuiltAct {
    const { act } = this;
    this.statements.push({ kind: 'text', act: act.key });
    this.paras.push({ kind: 'title', text: actTitle(this.world, act) });
    this.head();
    this.preamble();
    switch (act.role) {
      case 'approve':
        this.approvePoints();
        break;
      case 'amend':
        for (const a of act.amends) this.amendPoint(a);
        break;
      case 'repeal':
        this.repealPoint(act.repeals);
        break;
    }
    this.closingPoints();
    this.signature();
    this.appendices();
    return {
      ir: { paras: this.paras, latinN: act.style.latinN, guillemets: act.style.guillemets },
      statements: this.statements,
    };
  }

  /** Status line, metadata line, footnote, editorial note. */
  private head(): void {
    const { act, world } = this;
    const repealer = act.repealedBy ? world.acts.get(act.repealedBy) : undefined;
    if (repealer) this.paras.push({ kind: 'status', text: 'Утративший силу' });
    else if (this.rng.chance(0.25)) this.paras.push({ kind: 'status', text: this.rng.pick(['Новый', 'Обновленный']) });
    const place = bodyGenitive(act.body, act.adopted);
    const noun = act.type === 'resolution' ? 'Постановление' : 'Решение';
    let meta =
      `${noun} ${place} от ${longDate(act.adopted)} ${numberSign(act.number)}. Зарегистрировано ` +
      `Департаментом юстиции ${this.justicePlace()} ${longDate(act.registered)} ${numberSign(act.registryNumber)}.`;
    if (repealer)
      meta +=
        ` Утратило силу ${actNoun(repealer.type, 'ins')} ${bodyGenitive(repealer.body, repealer.adopted)}` +
        ` от ${longDate(repealer.adopted)} ${numberSign(repealer.number)}`;
    this.paras.push({ kind: 'meta', text: meta, facts: true });
    if (repealer) {
      const withClause = act.style.footnoteClause;
      const paren = withClause ? ` (${clauseText(repealer.clause, repealer.type, 'footnote')})` : '';
      this.paras.push({
        kind: 'footnote',
        text:
          `Сноска. Утратило силу` +
          ` ${actNoun(repealer.type, 'ins')} ${bodyGenitive(repealer.body, repealer.adopted)} ` +
          `от ${footnoteDate(repealer.adopted)} ${link(numberSign(repealer.number))}${paren}.`,
        facts: true,
      });
      this.statements.push({ kind: 'repeals', by: repealer.key, act: act.key });
      if (withClause) this.statements.push({ kind: 'clause', act: repealer.key });
    }
    if (act.style.editorialNote) {
      this.paras.push({ kind: 'note', text: 'Примечание РЦПИ.' });
      this.paras.push({ kind: 'note', text: 'В тексте документа сохранена пунктуация и орфография оригинала.' });
    }
  }

  private justicePlace(): string {
    const unit = regionById(this.act.body.regionId)!;
    const top = unit.parentId
      ? regionById(
          unit.formerOblast && unit.movedOn && this.act.registered < unit.movedOn ? unit.formerOblast : unit.parentId,
        )!
      : unit;
    return genitiveOn(top, this.act.registered);
  }

  private preamble(): void {
    const { act, rng } = this;
    const laws =
      act.adopted < '2014-01-01'
        ? `${link('Законом')} Республики Казахстан от 23 января 2001 года "О местном государственном ` +
          `управлении и самоуправлении в Республике Казахстан", ${link('статьей 9-1')} Закона Республики Казахстан ` +
          `от 27 ноября 2000 года "Об административных процедурах"`
        : `${link('Законами')} Республики Казахстан от 23 января 2001 года "О местном государственном ` +
          `управлении и самоуправлении в Республике Казахстан", от 15 апреля 2013 года "О государственных услугах"`;
    const lead = rng.pick(['В соответствии с', 'Руководствуясь']);
    const place = genitiveOn(regionById(act.body.regionId)!, act.adopted);
    const verb = act.body.kind === 'akimat' ? `акимат ${place} ПОСТАНОВЛЯЕТ:` : `маслихат ${place} РЕШИЛ:`;
    this.paras.push({ kind: 'body', text: `${lead} ${laws} ${verb}` });
  }

  private point(text: string, facts = false): void {
    this.points += 1;
    this.paras.push({ kind: 'point', text: `${this.points}. ${text}`, facts });
  }

  private approvePoints(): void {
    const { act, world } = this;
    const noun = actNoun(act.type, 'dat');
    const regs = act.approves.map((x) => ({ ...x, service: world.lineages.get(x.lineage)!.service }));
    if (regs.length === 1) {
      this.point(`Утвердить прилагаемый ${link('регламент')} государственной услуги "${regs[0]!.service}".`);
    } else {
      this.point(act.style.numberedAppendices ? 'Утвердить:' : 'Утвердить прилагаемые:');
      regs.forEach((r, i) => {
        const where = r.appendix !== null ? ` согласно ${link(`приложению ${r.appendix}`)} к настоящему ${noun}` : '';
        this.paras.push({
          kind: 'sub',
          text:
            `${i + 1}) ${link('регламент')} государственной услуги ` +
            `"${r.service}"${where}${i === regs.length - 1 ? '.' : ';'}`,
        });
      });
    }
    if (act.repeals.length > 0) this.repealPoint(act.repeals);
  }

  private amendPoint(a: Amendment): void {
    const { world, act } = this;
    const target = world.acts.get(a.target)!;
    const facts = this.referenceFacts(target, 'amend');
    const single = a.operations.length === 1 && this.rng.chance(0.35);
    const head =
      `Внести в ${actRef(world, target, 'acc', { title: true, links: true })}${facts} ` +
      `следующ${single ? 'ее' : 'ие'} ${this.changeWord(a, single)}:`;
    this.statements.push({ kind: 'amends', by: act.key, act: target.key, operations: a.operations });
    if (single) {
      this.point(`${head} ${operationText(this.world, this.act, a.operations[0]!, target, true, this.rng)}`, true);
      return;
    }
    this.point(head, true);
    a.operations.forEach((op, i) => {
      const text = operationText(this.world, this.act, op, target, i === a.operations.length - 1, this.rng);
      this.paras.push({ kind: 'sub', text: act.style.opsAsSubpoints ? `${i + 1}) ${text}` : text, facts: true });
    });
  }

  private changeWord(a: Amendment, single: boolean): string {
    const adds = a.operations.some((o) => o.kind === 'add' || o.edit === 'insert');
    if (single) return adds ? 'дополнение' : 'изменение';
    return adds ? 'изменения и дополнения' : 'изменения';
  }

  /**
   * "(зарегистрированное в Реестре … № 4030, опубликованное 3 октября 2015 года в газетах …)" — and the statements it
   * makes.
   */
  private referenceFacts(target: Act, role: 'amend' | 'repeal'): string {
    const { rng } = this;
    const fem = role === 'repeal' && rng.chance(0.4);
    const parts: string[] = [];
    let registry =
      `${fem ? 'зарегистрировано' : 'зарегистрированное'} в Реестре государственной ` +
      `регистрации нормативных правовых актов ${rng.chance(0.3) ? 'за ' : ''}${numberSign(target.registryNumber)}`;
    if (target.style.mentionRegistrationDate) {
      registry += ` от ${longDate(target.registered)}`;
      this.statements.push({ kind: 'registered', act: target.key });
    }
    parts.push(registry);
    if (target.style.mentionPublication) {
      parts.push(
        `${fem ? 'опубликовано' : 'опубликованное'} ${rng.chance(0.2) ? 'от ' : ''}` +
          `${longDate(target.published)} в ${target.publishedIn}`,
      );
      this.statements.push({ kind: 'published', act: target.key });
    }
    return ` (${parts.join(', ')})`;
  }

  /** "Признать утратившим(и) силу …" as one point. */
  private repealPoint(keys: string[]): void {
    const { world, act, rng } = this;
    const targets = keys.map((k) => world.acts.get(k)!);
    for (const t of targets) this.statements.push({ kind: 'repeals', by: act.key, act: t.key });
    const ref = (t: Act) => {
      const linkNumber = rng.chance(0.3);
      const base = actRef(world, t, 'acc', { title: !linkNumber, links: !linkNumber });
      const text = linkNumber ? base.replace(numberSign(t.number), link(numberSign(t.number))) : base;
      return `${text}${this.referenceFacts(t, 'repeal')}`;
    };
    if (targets.length === 1) {
      this.point(`Признать утратившим силу ${ref(targets[0]!)}.`, true);
      return;
    }
    const noun = act.type === 'resolution' ? 'постановления' : 'решения';
    this.point(
      rng.chance(0.3)
        ? `Признать утратившими силу следующие ${noun} ${bodyGenitive(act.body, act.adopted)}:`
        : 'Признать утратившими силу:',
      true,
    );
    targets.forEach((t, i) => {
      this.paras.push({ kind: 'sub', text: `${i + 1}) ${ref(t)}${i === targets.length - 1 ? '.' : ';'}`, facts: true });
    });
  }

  private closingPoints(): void {
    const { act, rng } = this;
    const noun = actNoun(act.type, 'gen');
    const place = genitiveOn(regionById(act.body.regionId)!, act.adopted);
    const dept =
      act.body.kind === 'akimat'
        ? rng.pick([
            `Государственному учреждению "Аппарат акима ${place}"`,
            `Государственному учреждению "Управление координации занятости и социальных программ ${place}"`,
            `Коммунальному государственному учреждению "Отдел ${rng.pick(DEPARTMENTS)} ${place}"`,
          ])
        : `Аппарату маслихата ${place}`;
    this.point(
      `${dept} (${rng.pick(HEADS)}) обеспечить государственную регистрацию данного ${noun} в органах ` +
        `юстиции, его официальное опубликование в Эталонном контрольном банке нормативных правовых актов ` +
        `Республики Казахстан и в средствах массовой информации.`,
    );
    const kindWord = { oblast: 'области', district: 'района', city: 'города', republican_city: 'города' }[
      regionById(act.body.regionId)!.kind
    ];
    if (act.body.kind === 'akimat')
      this.point(
        `Контроль за исполнением настоящего ${noun} возложить на заместителя акима ${kindWord} ${rng.pick(OFFICIALS)}`,
      );
    this.point(clauseText(act.clause, act.type, 'point'), true);
    this.statements.push({ kind: 'clause', act: act.key }, { kind: 'registered', act: act.key });
  }

  private signature(): void {
    const { act } = this;
    const unit = regionById(act.body.regionId)!;
    if (act.body.kind === 'maslikhat') {
      this.paras.push({ kind: 'sign', text: `Председатель сессии маслихата ${act.style.signer}` });
      this.paras.push({
        kind: 'sign',
        text: `Секретарь маслихата ${this.rng.pick(['С. Бекенов', 'Г. Мукашева', 'Т. Оспанов', 'А. Ермекова'])}`,
      });
      return;
    }
    const who = unit.kind === 'oblast' ? 'Аким области' : unit.kind === 'district' ? 'Аким района' : 'Аким города';
    this.paras.push({ kind: 'sign', text: `${who} ${act.style.signer}` });
  }

  private appendices(): void {
    const { act, world, rng } = this;
    const own = this.headerLines(act, 'dat');
    if (act.role === 'approve') {
      for (const r of act.approves) {
        const l = world.lineages.get(r.lineage)!;
        if (act.style.numberedAppendices) {
          this.header([`Приложение ${r.appendix}`, ...own]);
          if (rng.chance(0.4)) this.header(['Утвержден', ...this.headerLines(act, 'ins')]);
        } else if (act.approves.length === 1 && rng.chance(0.5)) {
          this.header(['Приложение', ...own]);
        } else {
          this.header(['Утвержден', ...this.headerLines(act, 'ins', rng.chance(0.3))]);
        }
        this.consolidationNote(l.id, r.appendix);
        this.paras.push(
          ...regulationParas(rng, {
            service: l.service,
            placeGen: genitiveOn(regionById(act.body.regionId)!, act.adopted),
            date: act.adopted,
          }),
        );
      }
      return;
    }
    if (act.role !== 'amend') return;
    for (const a of act.amends) {
      const target = world.acts.get(a.target)!;
      for (const op of a.operations) {
        if (op.kind === 'edit' || op.kind === 'exclude') continue;
        const l = world.lineages.get(op.lineage)!;
        this.header([op.appendix === null ? 'Приложение' : `Приложение ${op.appendix}`, ...own]);
        if (rng.chance(0.85)) this.header(['Утвержден', ...this.headerLines(target, 'ins')]);
        this.paras.push(
          ...regulationParas(rng, {
            service: l.service,
            placeGen: genitiveOn(regionById(target.body.regionId)!, act.adopted),
            date: act.adopted,
          }),
        );
      }
    }
  }

  /**
   * The register's note on a consolidated text: "Сноска. Приложение 3 - в редакции постановления …
   * (вводится в действие …)." Says nothing the truth relies on; the parser must not take it for a
   * repeal, an amendment or the act's own clause.
   */
  private consolidationNote(lineageId: string, appendix: number | null): void {
    const { world, rng } = this;
    if (appendix === null) return;
    const l = world.lineages.get(lineageId)!;
    const change = l.editions.find((e) => e.kind !== 'base' && rng.chance(0.3));
    if (!change) return;
    const by = world.acts.get(change.act)!;
    const how =
      change.kind === 'replace' ? `Приложение ${appendix} - в редакции` : `В приложение ${appendix} внесены изменения`;
    const noun = change.kind === 'replace' ? actNoun(by.type, 'gen') : actNoun(by.type, 'ins');
    this.paras.push({
      kind: 'footnote',
      text:
        `Сноска. ${how} ${noun} ${bodyGenitive(by.body, by.adopted)} ` +
        `от ${footnoteDate(by.adopted)} ${numberSign(by.number)} (${clauseText(by.clause, by.type, 'footnote')}).`,
    });
  }

  /** "к постановлению акимата / Западно-Казахстанской области / от 22 мая 2018 года № 119". */
  private headerLines(of: Act, c: 'dat' | 'ins', quotedDay = false): string[] {
    const noun = actNoun(of.type, c);
    const body = of.body.kind === 'akimat' ? 'акимата' : 'маслихата';
    const placeLines = genitiveParts(regionById(of.body.regionId)!, of.adopted);
    return [
      `${c === 'dat' ? 'к ' : ''}${noun} ${body}`,
      ...placeLines,
      `от ${longDate(of.adopted, { quotedDay })} ${numberSign(of.number)}`,
    ];
  }

  private header(lines: string[]): void {
    this.paras.push({ kind: 'header', text: lines.join('\n'), lines, facts: true });
  }
}

/** Heads of departments as the registration point names them (nominative). */
const HEADS = [
  'Айтмухамбетов К.Ш.',
  'Кулкаев А.Е.',
  'Сапаров М.Б.',
  'Ибраева Г.Т.',
  'Нурмагамбетов Е.К.',
  'Жаксылыкова А.С.',
];
