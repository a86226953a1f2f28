import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noticeDtoSchema, type NoticeDto } from "@/lib/data/dto";
import { issuerLabels } from "@/lib/data/issuers";
import { prismaSource } from "@/lib/data/prisma-source";
import { createDb } from "@/lib/db";
import { CLI_TIMEOUT } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, type TestDb } from "@/tests/helpers/test-db";

/**
 * What the read side puts on the DTOs so components render facts instead of recomputing them from
 * the parser (issue 10: rendering reads DTOs only).
 */
let testDb: TestDb;
let notices: NoticeDto[];

beforeAll(async () => {
  testDb = copyBaseDb("read-side");
  const run = await runIngest({ contentDir: "content", databaseUrl: testDb.url });
  expect(run.code, run.stderr).toBe(0);
  globalThis.archiveDb = createDb(testDb.url);
  const ids = await prismaSource.listNoticeIds();
  notices = await Promise.all(ids.map(async (id) => noticeDtoSchema.parse(await prismaSource.getNotice(id))));
}, CLI_TIMEOUT);

afterAll(async () => {
  await globalThis.archiveDb?.$disconnect();
  globalThis.archiveDb = undefined;
  testDb.remove();
});

describe("notice DTOs", () => {
  it("carry the official English's misprinted number, and only where it differs from the Chinese", () => {
    const flagged = notices.filter((n) => n.officialNumberDiscrepancy !== null);
    expect(flagged.map((n) => [n.id, n.officialNumberDiscrepancy, n.number?.number, n.number?.year])).toEqual([
      ["miit-2012-64", { printed: "No. 64, 2011" }, 64, 2012],
    ]);
    expect(notices).toHaveLength(7);
  });

  it("carry the other English titles from the translation file, in its order, and only where it gives some", () => {
    const titled = notices.filter((n) => n.otherTitlesEn.length > 0);
    expect(titled.map((n) => [n.id, n.otherTitlesEn.map((o) => o.title)])).toEqual([
      ["miit-2012-64", ["Synthetic Ammonia Industry Access Conditions"]],
      ["mofcom-ndrc-2012-431", ["Outline of Development Plan for China's International Service Outsourcing Industry (2011-2015)", "12th Five-Year Plan for Service Outsourcing"]],
    ]);
    const plan = titled.find((n) => n.id === "mofcom-ndrc-2012-431");
    expect(plan?.titleEn?.source).toBe("official");
    expect(plan?.otherTitlesEn[0]?.note).toContain("the gazette's own contents call it");
  });

  it("carry short Chinese issuer names for citations", () => {
    const joint = notices.find((n) => n.id === "mofcom-gacc-2013-2");
    expect(joint?.issuers.map((i) => [i.code, i.shortZh])).toEqual([
      ["mofcom", "商务部"],
      ["gacc", "海关总署"],
    ]);
  });
});

describe("issuer labels for search results", () => {
  it("shortens known issuers in both languages and keeps an unknown code visible", () => {
    expect(issuerLabels(["mofcom", "sfda", "xyz"])).toEqual({
      mofcom: { zh: "商务部", en: "Ministry of Commerce" },
      sfda: { zh: "国家食品药品监督管理局", en: "State Food and Drug Administration" },
      xyz: { zh: "XYZ", en: "XYZ" },
    });
  });
});
