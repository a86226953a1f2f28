import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RichText } from "@/components/notice/rich-text";
import { getNotice } from "@/lib/data/archive";
import { getDb } from "@/lib/db";
import { useArchiveDb } from "@/tests/helpers/archive-db";
import type { TestDb } from "@/tests/helpers/test-db";

let db: TestDb;
beforeAll(async () => {
  db = await useArchiveDb("references");
}, 120_000);
afterAll(() => db.remove());

describe("references stored at ingest", () => {
  it("keeps every citation the parser found, with its block and line", async () => {
    const rows = await getDb().noticeReference.findMany({ where: { noticeId: "mofcom-2013-3" }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.kind, r.printed, r.blockId, r.line])).toEqual([
      ["law", "《行政许可法》", "p-1", 153],
      ["law", "《成品油市场管理办法》", "p-1", 153],
      ["law", "《原油市场管理办法》", "p-1", 153],
    ]);
  });
});

describe("references resolved when read", () => {
  it("an unresolved citation is marked on its block; nothing cites mofcom-2013-3 yet", async () => {
    const notice = await getNotice("mofcom-2013-3");
    const p1 = notice?.blocks.find((b) => b.id === "p-1");
    expect(p1 && "links" in p1 ? p1.links : []).toEqual([
      { kind: "law", printed: "《行政许可法》", noticeId: null },
      { kind: "law", printed: "《成品油市场管理办法》", noticeId: null },
      { kind: "law", printed: "《原油市场管理办法》", noticeId: null },
    ]);
    expect(notice?.citedBy).toEqual([]);
  });

  it("a citation of a notice in the archive links to it, and the cited notice lists the citing one", async () => {
    // As if a later issue's notice cited 商务部公告2013年第3号: the parser normalises it to the id.
    await getDb().noticeReference.create({
      data: { noticeId: "gacc-2013-2", seq: 99, kind: "notice", printed: "商务部公告2013年第3号", target: "mofcom-2013-3", blockId: "p-1", line: 300 },
    });
    const citing = await getNotice("gacc-2013-2");
    const p1 = citing?.blocks.find((b) => b.id === "p-1");
    expect(p1 && "links" in p1 ? p1.links : []).toContainEqual({ kind: "notice", printed: "商务部公告2013年第3号", noticeId: "mofcom-2013-3" });
    const cited = await getNotice("mofcom-2013-3");
    expect(cited?.citedBy).toEqual([
      expect.objectContaining({ id: "gacc-2013-2", blockId: "p-1", printed: "商务部公告2013年第3号" }),
    ]);
  });
});

describe("RichText renders citations", () => {
  it("links a resolved citation and marks an unresolved one", () => {
    const html = renderToStaticMarkup(
      RichText({
        text: "根据《行政许可法》和商务部公告2013年第3号，**现公告如下**。",
        links: [
          { printed: "《行政许可法》", href: null },
          { printed: "商务部公告2013年第3号", href: "/zh/notices/mofcom-2013-3" },
        ],
      }),
    );
    expect(html).toBe(
      '根据<cite data-reference="unresolved" class="not-italic">《行政许可法》</cite>和<a data-reference="" href="/zh/notices/mofcom-2013-3">商务部公告2013年第3号</a>，<strong>现公告如下</strong>。',
    );
  });
});
