import fs from "node:fs";
import { fuzzParse } from "./lib/fuzz/fuzz-run.ts";
import { mutantFor } from "./lib/fuzz/mutations.ts";
import { runParseCase } from "./lib/fuzz/run-case.ts";
const src = fs.readFileSync("content/2013-11/gazette.zh.txt");
const ids = ["mofcom-2013-1","mofcom-gacc-2013-2","mofcom-2013-3","miit-2012-64","sfda-2013-1","gacc-2013-2","mofcom-ndrc-2012-431"];
const t = fuzzParse(src, ids, { seed: 20261202, to: 499 }, undefined, (m, r) => { if (m.kind.startsWith("truncate") && r.verdict !== "refused") console.log(m.index, m.note, r.verdict, r.detail); });
console.log(t.bugs);
