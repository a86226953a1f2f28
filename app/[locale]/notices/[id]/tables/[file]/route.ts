import { routeParams } from "@/lib/data/archive-params";
import { stringify } from "csv-stringify/sync";
import { getNotice } from "@/lib/data/archive";
import { localeParamSchema, noticeIdParamSchema, tableFileParamSchema } from "@/lib/data/params";
import { siteUrl } from "@/lib/env";
import { blockPath } from "@/lib/routes";

/**
 * /{locale}/notices/{id}/tables/p-6.csv|.json — a structured table as data. CSV in zh is the
 * Chinese table; in en each column is followed by its English (empty where not yet translated,
 * the header says which is which). JSON always carries both languages with null for missing English.
 */
export const dynamic = "force-static";
// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/notices/[id]/tables/[file]", "prerender");
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/notices/[id]/tables/[file]">) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  if (!locale.success) return badRequest("locale");
  const id = noticeIdParamSchema.safeParse(raw.id);
  if (!id.success) return badRequest("id");
  const file = tableFileParamSchema.safeParse(raw.file);
  if (!file.success) return badRequest("file");

  const notice = await getNotice(id.data);
  const block = notice?.blocks.find((b) => b.id === file.data.blockId);
  if (!notice || !block || block.kind !== "table") {
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const name = `${notice.id}-${block.id}`;
  const source = `${siteUrl()}${blockPath(locale.data, notice.id, block.id)}`;

  if (file.data.format === "json") {
    const body = {
      notice: notice.id,
      block: block.id,
      source,
      caption: block.caption,
      header: block.header,
      rows: block.rows,
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.json"`,
      },
    });
  }

  const rows = [block.header, ...block.rows].map((row, index) =>
    locale.data === "zh"
      ? row.map((cell) => cell.zh)
      : row.flatMap((cell) => (index === 0 ? [`${cell.zh} (zh)`, `${cell.en ?? cell.zh} (en)`] : [cell.zh, cell.en ?? ""])),
  );
  // A BOM so spreadsheet programs open the Chinese text as UTF-8.
  const csv = `\uFEFF${stringify(rows, { record_delimiter: "\r\n" })}`;
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
    },
  });
}

/** Names the parameter, never repeats its value: a 4xx body carries none of the request's bytes. */
function badRequest(parameter: "locale" | "id" | "file"): Response {
  return new Response(`Bad request: parameter "${parameter}" is invalid\n`, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
