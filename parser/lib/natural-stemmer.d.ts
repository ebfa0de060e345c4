/**
 * Types for the one file of the `natural` package we load: its Russian Porter
 * stemmer. Importing the package root would load database drivers and print
 * banners, so `stem.ts` imports this subpath only.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  /** The Russian Porter stemmer (стеммер Портера для русского языка). */
  interface RussianPorterStemmer {
    /** Stems one lower-case word; non-Cyrillic input comes back unchanged. */
    stem(token: string): string;
  }
  const stemmer: RussianPorterStemmer;
  export default stemmer;
}
