/** Russian plural forms: 1 регламент, 2 регламента, 5 регламентов. */

/**
 * A count with the right noun form.
 * @param n the count
 * @param forms the noun for 1, for 2–4 and for 5+ (`['регламент', 'регламента', 'регламентов']`)
 * @returns e.g. `21 регламент`
 */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form =
    mod10 === 1 && mod100 !== 11
      ? forms[0]
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? forms[1]
        : forms[2];
  return `${n} ${form}`;
}

export const REGULATIONS = ['регламент', 'регламента', 'регламентов'] as const;
export const ACTS = ['акт', 'акта', 'актов'] as const;
export const DOCUMENTS = ['документ', 'документа', 'документов'] as const;
export const RESULTS = ['результат', 'результата', 'результатов'] as const;
export const PLACES = ['место', 'места', 'мест'] as const;
