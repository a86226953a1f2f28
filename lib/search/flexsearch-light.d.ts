/**
 * FlexSearch 0.8's light build (dist/flexsearch.light.module.min.js, 4.5 kB gzip against 17.5 kB for
 * the full bundle), mapped to "flexsearch-light" in tsconfig.json and vitest.config.ts because the
 * package's exports name only the full bundle. The browser needs no more than its Index: search over
 * postings we load. It has no import(), so `map` is declared here: the full build's import("map")
 * does nothing but map.set(term, slots) per entry (lib/search/engine.ts addPostings, checked by
 * lib/search/light-index.test.ts against the full build).
 */
declare module "flexsearch-light" {
  import type { Id, IndexOptions, SearchOptions } from "flexsearch";

  export class Index {
    constructor(options?: IndexOptions);
    search(query: string, options?: SearchOptions): Id[];
    /** term → score slot → ids, as FlexSearch stores them. */
    map: Map<string, Array<number[] | null>>;
  }
}
