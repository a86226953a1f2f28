import type { getTranslations } from "next-intl/server";
import type { Messages } from "@/messages/en";

/**
 * next-intl's translator for one message namespace: messages are filled one way, as ICU
 * MessageFormat (`t("linkTo", { block: "¶3" })`). Server components get it from getTranslations and
 * may hand it to the server components they render. Client leaves get finished strings, or, for
 * values only the browser knows, the message compiled on the server (messages/compiled.ts) and filled
 * by formatCompiled — the same ICU syntax, never a hand-written `.replace("{…}")`.
 */
export type Translator<Namespace extends keyof Messages> = Awaited<ReturnType<typeof getTranslations<Namespace>>>;
