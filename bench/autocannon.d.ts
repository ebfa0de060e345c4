// The part of autocannon's API the API benchmark uses (the package ships no types).
declare module 'autocannon' {
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    requests?: Array<{ method?: string; path: string }>;
  }
  export interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p99: number;
  }
  export interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    non2xx: number;
    errors: number;
  }
  // A thenable (the run's tracker with `then` bound), not a Promise: no `catch` or `finally`.
  function autocannon(options: Options): PromiseLike<Result>;
  export default autocannon;
}
