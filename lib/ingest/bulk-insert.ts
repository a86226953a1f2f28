import type { Prisma } from "@/lib/generated/prisma/client";
import type { Provider } from "@/lib/ingest/ingest-lock";

/**
 * One INSERT per table of an issue, with the rows passed as ONE JSON parameter that the database
 * unpacks itself (SQLite json_each, PostgreSQL json_populate_recordset), inside the caller's
 * transaction. Why not createMany: Prisma 7's client validates and serialises every row in
 * JavaScript and its Wasm query compiler plans the statement, which was ~80 % of ingest CPU on a
 * generated 1,000-issue archive; a multi-row VALUES list was still dominated by binding thousands
 * of parameters. Rows are the plain objects of lib/ingest/to-rows.ts: the bulk tables have no
 * defaults but their id, so every other column is either in the row or null; JSON columns hold
 * arrays (stored as JSON text on SQLite, jsonb on PostgreSQL — what Prisma itself writes).
 */
type Tx = Pick<Prisma.TransactionClient, "$executeRawUnsafe">;

const quote = (name: string) => {
  // Column names come from our own row objects, never from input; refuse anything else anyway.
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`bulk insert: unexpected column name ${JSON.stringify(name)}`);
  return `"${name}"`;
};

export async function insertRows(tx: Tx, provider: Provider, table: string, rows: readonly object[]): Promise<number> {
  if (rows.length === 0) return 0;
  // Optional columns are absent from some rows (a paragraph has no table header): take the union.
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map(quote);
  const json = JSON.stringify(rows);
  const list = columns.join(", ");
  if (provider === "postgresql") {
    return tx.$executeRawUnsafe(`INSERT INTO ${quote(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, json);
  }
  // json_extract gives SQL values for scalars and JSON text for arrays: the columns' stored forms.
  const extract = columns.map((c) => `json_extract(value, '$.${c.slice(1, -1)}')`).join(", ");
  return tx.$executeRawUnsafe(`INSERT INTO ${quote(table)} (${list}) SELECT ${extract} FROM json_each(?)`, json);
}
