/**
 * A compile-time check that two types are the same: every field, its optionality and its type. A
 * field added or dropped on either side makes `Same<A, B>` false, so `sameShape<A, B>(true)` stops
 * `tsc --noEmit`. Used where a shape the parser owns (plain TypeScript, no zod) is described again
 * by a schema here.
 */

/** Both directions at once: `A` and `B` are interchangeable in every position, not just assignable. */
export type Same<A, B> = (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;

type Flat<T> = T extends object ? { [K in keyof T]: T[K] } : T;

/**
 * Fails the type-check unless `A` and `B` are the same type.
 * @param ok `true`; accepted only when `Same<A, B>` is true
 */
export function sameShape<A, B>(ok: Same<A, B>): void {
  void ok;
}
