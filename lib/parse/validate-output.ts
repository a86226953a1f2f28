import type { z } from "zod";
import { ParseError } from "@/lib/parse/errors";

/**
 * The one validation of parser output (issue 10: it used to run twice, the second time in the CLIs,
 * where it could not fail). Runs the schema and turns the first problem into a ParseError pointing at
 * the source line of the offending record, so it reads like any parse failure (`FILE:LINE: message`).
 * The line is the deepest `line` / `lines.start` / `lineZh` found along the failing path, else 1.
 */
export function validateOutput<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join(".") ?? "";
  throw new ParseError(file, lineAlong(value, issue?.path ?? []), `parser output failed validation at ${where || "<root>"}: ${issue?.message ?? "invalid"}`);
}

function lineAlong(value: unknown, path: readonly PropertyKey[]): number {
  let line = 1;
  let node: unknown = value;
  for (const step of [undefined, ...path]) {
    if (step !== undefined) node = node instanceof Object ? Reflect.get(node, step) : undefined;
    line = lineOf(node) ?? line;
  }
  return line;
}

function lineOf(node: unknown): number | undefined {
  if (!(node instanceof Object)) return undefined;
  for (const candidate of [Reflect.get(node, "line"), Reflect.get(node, "lineZh"), linesStart(Reflect.get(node, "lines"))]) {
    if (typeof candidate === "number" && Number.isInteger(candidate) && candidate > 0) return candidate;
  }
  return undefined;
}

function linesStart(lines: unknown): unknown {
  return lines instanceof Object ? Reflect.get(lines, "start") : undefined;
}
