import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "@/lib/search/build-index";
import { createSearchClient } from "@/lib/search/client";
import type { SearchDoc } from "@/lib/search/format";
import { shardOf } from "@/lib/search/hash";
import { memoryHost } from "@/lib/search/test-helpers";

const base = { locale: "zh" as const, issue: "2013-11", noticeKind: "announcement", issuers: ["mofcom"], year: 2013, label: null };
const docs: SearchDoc[] = [
  { ...base, key: "n1#title", noticeId: "n1", noticeTitle: "关于成品油的公告", blockId: null, row: null, kind: "title", text: "关于成品油的公告 2013年第3号" },
  { ...base, key: "n1#p-1", noticeId: "n1", noticeTitle: "关于成品油的公告", blockId: "p-1", row: null, kind: "paragraph", text: "赋予企业成品油批发经营资格。" },
  { ...base, key: "n2#p-1:r1", noticeId: "n2", noticeTitle: "标准公告", blockId: "p-1", row: 1, kind: "standard", label: "香蕉流通规范", text: "39 SB/T 10885—2012 香蕉流通规范 2013年7月1日" },
  { ...base, key: "n2#p-2", noticeId: "n2", noticeTitle: "标准公告", blockId: "p-2", row: null, kind: "paragraph", text: "香蕉、苹果等水果的流通。" },
];

function setup(shardCount = 8) {
  const built = buildSearchIndex(docs, "zh", { shardCount, docsPerChunk: 1 });
  const host = memoryHost(built.files);
  return { built, host, client: createSearchClient({ baseUrl: "/search", fetch: host.fetch }) };
}

describe("search client", () => {
  it("loads nothing until asked, then only the manifest, the shards of the query's terms and the hits' chunks", async () => {
    const { host, client } = setup(64);
    expect(host.fetched).toEqual([]);
    const res = await client.search("香蕉");
    const shards = host.fetched.filter((p) => p.includes("/shards/"));
    expect(shards).toEqual([`zh/shards/${shardOf("香蕉", 64)}.json`]);
    expect(host.fetched.filter((p) => p.includes("/docs/")).length).toBe(res.hits.length);
    expect(host.fetched.filter((p) => p.endsWith("manifest.json"))).toHaveLength(1);
  });

  it("caches files across searches", async () => {
    const { host, client } = setup();
    await client.search("香蕉");
    const before = host.fetched.length;
    await client.search("香蕉");
    expect(host.fetched.length).toBe(before);
  });

  it("forgets a failed fetch so the next search retries it", async () => {
    const { host, client } = setup();
    host.failOnce.add(`zh/shards/${shardOf("香蕉", 8)}.json`);
    await expect(client.search("香蕉")).rejects.toThrow(/503/);
    const res = await client.search("香蕉");
    expect(res.hits[0]?.key).toBe("n2#p-1:r1");
  });

  it("returns hits grouped by notice with highlight ranges in the printed text", async () => {
    const { client } = setup();
    const res = await client.search("成品油");
    expect(res.groups.map((g) => g.noticeId)).toEqual(["n1"]);
    const hit = res.hits[0];
    expect(hit?.noticeId).toBe("n1");
    const [start, end] = hit?.highlights[0] ?? [0, 0];
    expect(hit?.text.slice(start, end)).toBe("成品油");
  });

  it("ranks a code's row first and highlights the code as printed", async () => {
    const { client } = setup();
    const res = await client.search("SB/T 10885");
    expect(res.hits.map((h) => h.key)).toEqual(["n2#p-1:r1"]);
    const [start, end] = res.hits[0]?.highlights[0] ?? [0, 0];
    expect(res.hits[0]?.text.slice(start, end)).toBe("SB/T 10885—2012");
  });

  it("converts a traditional-character query that finds nothing as typed", async () => {
    const { client } = setup();
    const res = await client.search("香蕉流通規範");
    expect(res.convertedQuery).toBe("香蕉流通规范");
    expect(res.hits[0]?.key).toBe("n2#p-1:r1");
  });

  it("rejects a corrupt shard instead of returning wrong hits", async () => {
    const { built } = setup();
    const broken = built.files.map((f) => (f.path.includes("/shards/") ? { ...f, body: '{"format":1,"terms":[["x",[[1]]]]}' } : f));
    const client = createSearchClient({ baseUrl: "/search", fetch: memoryHost(broken).fetch });
    await expect(client.search("香蕉")).rejects.toThrow();
  });
});
