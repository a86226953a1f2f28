import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCitation } from "@/lib/citations/parse-citation";
import { resolveCitation } from "@/lib/data/cite";
import { archiveFeed, issuerFeed } from "@/lib/data/feeds";
import { listGlossary } from "@/lib/data/glossary";
import { getPlan } from "@/lib/data/plans";
import { listLicences, listStandards } from "@/lib/data/records";
import { listSourceNotes } from "@/lib/data/source-notes";
import { useArchiveDb } from "@/tests/helpers/archive-db";
import type { TestDb } from "@/tests/helpers/test-db";

let db: TestDb;
// Ingesting the real issue takes seconds on a loaded 2-core machine.
beforeAll(async () => {
  db = await useArchiveDb("data-views");
}, 120_000);
afterAll(() => db.remove());

const atom = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => n === "entry" }).parse(xml).feed;

describe("Atom feeds", () => {
  it("the archive feed is well-formed Atom with one entry per notice", async () => {
    const xml = await (await archiveFeed("en")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = atom(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry).toHaveLength(7);
    expect(feed.entry.map((e: { id: string }) => e.id.replace(/^.*\/notices\//, ""))).toContain("mofcom-2013-3");
  });
  it("an issuer feed holds only that issuer's notices", async () => {
    const feed = atom(await (await issuerFeed("zh", "gacc", "海关总署")).text());
    expect(feed.entry.map((e: { id: string }) => e.id.replace(/^.*\/notices\//, "")).sort()).toEqual(["gacc-2013-2", "mofcom-gacc-2013-2"]);
  });
});

describe("data views", () => {
  it("standards: 香蕉 and 10885 each leave one row; dates filter", async () => {
    expect((await listStandards({ q: "香蕉" })).map((r) => r.codeNormalized)).toEqual(["SB/T 10885-2012"]);
    expect(await listStandards({ q: "10885" })).toHaveLength(1);
    expect(await listStandards({ prefix: "sb/t" })).toHaveLength(51);
    expect(await listStandards({ effectiveFrom: "2099-01-01" })).toHaveLength(0);
  });
  it("licences: 29 cancellations and 15 grants", async () => {
    const all = await listLicences();
    expect(all).toHaveLength(44);
    expect(all.filter((r) => r.action === "grant")).toHaveLength(15);
    expect(all.filter((r) => r.action !== "grant")).toHaveLength(29);
  });
  it("the plan has its outline, targets and cities", async () => {
    const plan = await getPlan("mofcom-ndrc-2012-431");
    expect(plan?.outline).toHaveLength(37);
    expect(plan?.targets.length).toBeGreaterThan(0);
    expect(plan?.cities.length).toBeGreaterThan(0);
    expect(await getPlan("mofcom-2013-1")).toBeNull();
  });
  it("the glossary lists every term-base term with where it is used", async () => {
    const terms = await listGlossary();
    const outsourcing = terms.find((t) => t.zh === "服务外包");
    expect(outsourcing?.count).toBeGreaterThan(10);
    expect(outsourcing?.usages[0]?.noticeId).toBe("mofcom-ndrc-2012-431");
  });
  it("source notes place the English contents discrepancy on its contents entry", async () => {
    const notes = await listSourceNotes("2013-11");
    const discrepancy = notes?.find((n) => n.code === "english-contents-discrepancy");
    expect(discrepancy).toMatchObject({ noticeId: "miit-2012-64", contentsPosition: 4 });
    expect(await listSourceNotes("2099-1")).toBeNull();
  });
});

describe("citation resolver against the archive", () => {
  const resolve = async (q: string) => {
    const citation = parseCitation(q);
    if (!citation) throw new Error(`not a citation: ${q}`);
    return resolveCitation(citation);
  };
  it.each([
    ["商务部公告2013年第3号", ["mofcom-2013-3"]],
    ["MOFCOM Announcement No. 3, 2013", ["mofcom-2013-3"]],
    ["商务部 海关总署公告2013年第2号", ["mofcom-gacc-2013-2"]],
    ["海关总署公告2013年第2号", ["gacc-2013-2"]],
    ["工信部公告2012年第64号", ["miit-2012-64"]],
    ["商服贸发(2012)431号", ["mofcom-ndrc-2012-431"]],
    ["文告2013年第11期", ["2013-11"]],
    ["总第808期", ["2013-11"]],
  ])("%s → %j", async (q, keys) => {
    expect((await resolve(q)).matches.map((m) => m.key)).toEqual(keys);
  });
  it("several matches are all returned (2013年第2号: MOFCOM+GACC and GACC alone)", async () => {
    expect((await resolve("No. 2 of 2013")).matches.map((m) => m.key).sort()).toEqual(["gacc-2013-2", "mofcom-gacc-2013-2"]);
  });
  it("no match gives the nearest candidates", async () => {
    const miss = await resolve("商务部公告2014年第3号");
    expect(miss.matches).toEqual([]);
    expect(miss.nearest.map((m) => m.key)).toContain("mofcom-2013-3");
    expect((await resolve("总第999期")).matches).toEqual([]);
  });
});
