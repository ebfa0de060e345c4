/**
 * How the register words acts, bodies, references and commencement clauses.
 * Names are printed as they were on the date of the act they belong to.
 */
import { regionById } from '../../../parser/lib/regions.js';
import { dottedDate, longDate } from '../dates.js';
import { genitiveOn } from '../places.js';
import type { Act, Body, Clause, World } from '../types.js';
import { SPHERES } from '../vocab/services.js';
import { link } from './ir.js';

/** Grammatical cases used. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';

const NOUNS: Record<Act['type'], Record<Case, string>> = {
  resolution: {
    nom: 'постановление',
    gen: 'постановления',
    dat: 'постановлению',
    acc: 'постановление',
    ins: 'постановлением',
    pre: 'постановлении',
  },
  decision: { nom: 'решение', gen: 'решения', dat: 'решению', acc: 'решение', ins: 'решением', pre: 'решении' },
};

/**
 * "постановление" / "решения" …
 * @param type act type
 * @param c case
 * @returns the noun
 */
export function actNoun(type: Act['type'], c: Case): string {
  return NOUNS[type][c];
}

/**
 * The body in the genitive as named on a date: "акимата Западно-Казахстанской области".
 * @param body issuing body
 * @param date the date the name is taken at
 * @param cityWithOblast add the oblast after a city
 * @returns the phrase
 */
export function bodyGenitive(body: Body, date: string, cityWithOblast = false): string {
  const unit = regionById(body.regionId);
  if (!unit) throw new Error(`unknown region ${body.regionId}`);
  return `${body.kind === 'akimat' ? 'акимата' : 'маслихата'} ${genitiveOn(unit, date, cityWithOblast)}`;
}

/** "№ 119" (the renderer turns it into "N 119" for older texts). */
export function numberSign(n: string): string {
  return `№ ${n}`;
}

/**
 * The title of an act.
 * @param world the world
 * @param act the act
 * @returns its title as printed (nested quotes collapsed the way the register prints them)
 */
export function actTitle(world: World, act: Act): string {
  switch (act.role) {
    case 'approve': {
      if (act.approves.length === 1) {
        const l = world.lineages.get(act.approves[0]!.lineage)!;
        return `Об утверждении регламента государственной услуги "${l.service}"`;
      }
      const phrase = SPHERES.find((s) => s.id === act.sphere)?.phrase ?? 'в социально-трудовой сфере';
      return `Об утверждении регламентов государственных услуг${phrase.startsWith('в ') ? ' ' : ', '}${phrase}`;
    }
    case 'amend': {
      const amendment = act.amends[0]!;
      const target = world.acts.get(amendment.target)!;
      const adds = amendment.operations.some((o) => o.kind === 'add' || o.edit === 'insert');
      const what =
        amendment.operations.length === 1
          ? adds
            ? 'дополнения'
            : 'изменения'
          : adds
            ? 'изменений и дополнений'
            : 'изменений';
      return `О внесении ${what} в ${actRef(world, target, 'acc', { title: true, links: false })}`;
    }
    case 'repeal': {
      if (act.repeals.length === 1) {
        const target = world.acts.get(act.repeals[0]!)!;
        return `О признании утратившим силу ${actRef(world, target, 'gen', { title: true, links: false })}`;
      }
      return (
        `О признании утратившими силу ` +
        `некоторых ${act.type === 'resolution' ? 'постановлений' : 'решений'} ${bodyGenitive(act.body, act.adopted)}`
      );
    }
  }
}

/**
 * A reference to an act: `постановление акимата … от 4 августа 2015 года № 204 "Об …"`.
 * @param world the world
 * @param act the act referred to
 * @param c case of the noun
 * @param opts `title` adds the quoted title; `links` marks the noun as a hyperlink
 * @returns the reference
 */
export function actRef(world: World, act: Act, c: Case, opts: { title?: boolean; links?: boolean } = {}): string {
  const noun = actNoun(act.type, c);
  const head = opts.links ? link(noun) : noun;
  const title = opts.title ? ` "${collapseNested(actTitle(world, act))}"` : '';
  return `${head} ${bodyGenitive(act.body, act.adopted)} от ${longDate(act.adopted)} ${numberSign(act.number)}${title}`;
}

/**
 * A title quoted inside quotes loses its inner closing quote, as in the register: `"Об … услуги "Назначение жилищной
 * помощи"`.
 */
function collapseNested(title: string): string {
  return title.replace(/"$/u, '');
}

/**
 * The commencement clause.
 * @param clause the clause
 * @param type act type (for "Настоящее постановление/решение")
 * @param mode 'point' — the act's own point; 'footnote' — the words in a footnote's parentheses (no parentheses inside)
 * @returns the text (the point form ends with a full stop)
 */
export function clauseText(clause: Clause, type: Act['type'], mode: 'point' | 'footnote'): string {
  const subject = `Настоящее ${actNoun(type, 'nom')}`;
  const v = clause.variant;
  let core: string;
  switch (clause.kind) {
    case 'after_publication':
      core =
        mode === 'point' && v === 3
          ? 'вводится в действие по истечении 10 (десяти) календарных дней после ' +
            'дня его первого официального опубликования'
          : mode === 'point' && v >= 7
            ? 'вступает в силу со дня государственной регистрации в органах юстиции и вводится в действие по ' +
              'истечении десяти календарных дней после дня его первого официального опубликования'
            : `вводится в действие по истечении десяти календарных дней после ` +
              `дня ${v % 2 === 0 ? '' : 'его '}первого официального опубликования`;
      break;
    case 'on_publication':
      core = `вводится в действие со дня ${v % 2 === 0 ? 'его ' : ''}первого официального опубликования`;
      break;
    case 'on_registration':
      core = 'вводится в действие со дня государственной регистрации в органах юстиции';
      break;
    case 'fixed_date':
      core = `вводится в действие с ${longDate(clause.date!)}`;
      break;
  }
  if (clause.retroactiveFrom)
    core += ` и распространяется на отношения, возникшие с ${longDate(clause.retroactiveFrom)}`;
  return mode === 'point' ? `${subject} ${core}.` : core;
}

/**
 * The dotted date of footnotes.
 * @param iso date
 * @returns "05.06.2020"
 */
export function footnoteDate(iso: string): string {
  return dottedDate(iso);
}
