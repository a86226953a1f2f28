/**
 * A database failure as ONE line a person can act on, with the CLI's exit code (issue 9: the loser of
 * two concurrent ingests printed a raw Prisma message). Prisma's own messages carry a code frame of
 * our source and the query engine's wording; neither belongs on an editor's terminal.
 */
export type DbFailure = { message: string; exitCode: 1 | 3 };

const LOCKED = /database is locked|SQLITE_BUSY|lock timeout|55P03|SocketTimeout/i;

export function describeDbError(error: unknown): DbFailure {
  const code = errorCode(error);
  const text = errorText(error);
  if (LOCKED.test(text) || code === "P1008" || code === "55P03") {
    return { message: "another ingest is running (its lock was not released in time); nothing was written — try again when it has finished", exitCode: 3 };
  }
  if (code === "P2021" || /no such table|does not exist in the current database/i.test(text)) {
    return { message: "the database has not been migrated (a table is missing): run `npm run db:deploy` first", exitCode: 1 };
  }
  if (code === "P1001" || /ECONNREFUSED|Can't reach database server/i.test(text)) {
    return { message: "cannot reach the database server named by DATABASE_URL", exitCode: 1 };
  }
  if (code === "P2002") return { message: "a row with the same key was written by someone else meanwhile; nothing was written — run ingest again", exitCode: 1 };
  return { message: `database error${code ? ` ${code}` : ""}: ${lastLine(text)}; nothing was written`, exitCode: 1 };
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Object)) return undefined;
  const code: unknown = Reflect.get(error, "code");
  return typeof code === "string" ? code : undefined;
}

/** The message plus the driver error underneath (Prisma keeps it on `cause` / `meta`). */
function errorText(error: unknown): string {
  if (!(error instanceof Object)) return String(error);
  const parts = [Reflect.get(error, "message"), JSON.stringify(Reflect.get(error, "meta") ?? null), Reflect.get(error, "cause")];
  return parts.map((p) => (p instanceof Error ? `${p.message} ${errorText(p)}` : String(p ?? ""))).join(" ");
}

/** Prisma's reason sits on the last line, after the code frame. */
function lastLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? "unknown error").slice(0, 200);
}
