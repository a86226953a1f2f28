import { Index } from "flexsearch";
import { RESOLUTION, splitTerms } from "@/lib/search/engine";

/**
 * FlexSearch's full build, for what only the build side does: adding documents with our `score`
 * callback (engine.ts scoreSlot) and exporting its map. Kept out of engine.ts so the browser's
 * search bundle, which imports engine.ts, carries only the light build (createQueryIndex).
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
