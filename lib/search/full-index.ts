import { Index } from "flexsearch";
import { RESOLUTION, splitTerms } from "@/lib/search/engine";

/**
 * FlexSearch's full build, as the reference our own code is held to: postings.test.ts adds documents
 * with our `score` callback (engine.ts scoreSlot) and compares its export with the map the build
 * computes (postings.ts); light-index.test.ts compares its search with the light build the browser
 * queries. Kept out of engine.ts so the browser's bundle carries only the light build.
 */
export type FullIndex = Index;

export function createFullIndex(score?: (content: string[], term: string) => number): FullIndex {
  return new Index({
    encode: splitTerms,
    tokenize: "strict",
    resolution: RESOLUTION,
    ...(score ? { score } : {}),
  });
}
