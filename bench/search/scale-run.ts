// npm run bench:scale:search -- --issues N: the search figures of an archive bench:scale already built
// (bench/out/scale-N), without generating and ingesting it again.
import path from "node:path";
import { z } from "zod";
import { record } from "@/bench/report";
import { recordScaleSearch } from "@/bench/search/scale-queries";

const i = process.argv.indexOf("--issues");
const n = z.coerce.number().int().min(1).parse(i >= 0 ? process.argv[i + 1] : 1000);
await recordScaleSearch(path.resolve(import.meta.dirname, "..", "out", `scale-${n}`), n, 1, (m) => console.log(JSON.stringify(record(m))));
