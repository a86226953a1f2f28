import type { getTranslations } from "next-intl/server";
import type { Messages } from "@/messages/en";

/**
 * next-intl's translator for one message namespace: the one way messages are filled (ICU
 * MessageFormat, `t("linkTo", { block: "¶3" })`). Server components get it from getTranslations and
 * may hand it to the server components they render; client leaves get finished strings instead.
 */
export type Translator<Namespace extends keyof Messages> = Awaited<ReturnType<typeof getTranslations<Namespace>>>;
