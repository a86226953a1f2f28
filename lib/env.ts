import { z } from "zod";

/** The SQLite file used when DATABASE_URL is unset; prisma.config.ts holds the same default. */
export const DEFAULT_DATABASE_URL = "file:./data/archive.db";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "DATABASE_URL must be file:<path> (SQLite) or postgres://… / postgresql://…",
    }),
});
export type Env = z.infer<typeof envSchema>;

/** Validates the variables this app reads; throws one readable message naming each bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse({ DATABASE_URL: source.DATABASE_URL || undefined });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
