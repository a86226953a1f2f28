import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { blockPath, noticePath } from "@/lib/routes";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { PlanDto } from "@/lib/data/plans";

type Bi = { zh: string; en: string | null };
type OutlineNode = PlanDto["outline"][number] & { children: OutlineNode[] };

/** Flat outline entries (level 1–3, printed order) → a tree, so it renders as nested lists. */
export function outlineTree(entries: PlanDto["outline"]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const entry of entries) {
    const node = { ...entry, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= entry.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

function Text({ value, locale }: { value: Bi; locale: Locale }) {
  if (locale === "en" && value.en) return <span lang={LANG_TAG.en}>{value.en}</span>;
  return <span lang={LANG_TAG.zh}>{value.zh}</span>;
}

function Outline({ nodes, locale, href }: { nodes: OutlineNode[]; locale: Locale; href: (block: string) => string }) {
  return (
    <ol className="ml-5 list-none space-y-1">
      {nodes.map((n, i) => (
        <li key={i}>
          {n.numbering ? <span className="mr-1 text-muted">{n.numbering}</span> : null}
          {n.blockId ? <Link href={href(n.blockId)}><Text value={n.title} locale={locale} /></Link> : <Text value={n.title} locale={locale} />}
          {n.children.length > 0 ? <Outline nodes={n.children} locale={locale} href={href} /> : null}
        </li>
      ))}
    </ol>
  );
}

const formatValue = (t: PlanDto["targets"][number]) => (t.valueMax === null ? `${t.value}` : `${t.value}–${t.valueMax}`);

/** /{locale}/plans/{id}: outline as a tree, targets as a table, the cities and the glossary. */
export async function PlanView({ locale, plan }: { locale: Locale; plan: PlanDto }) {
  const t = await getTranslations({ locale, namespace: "plan" });
  const href = (block: string) => blockPath(locale, plan.noticeId, block);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl"><Text value={plan.title} locale={locale} /></h1>
      <p className="mt-2 text-muted">{t("period", { start: plan.periodStart, end: plan.periodEnd })} · <Link href={noticePath(locale, plan.noticeId)}>{t("fullText")}</Link></p>
      <section aria-labelledby="plan-outline" className="mt-8">
        <h2 id="plan-outline" className="text-xl font-semibold">{t("outline")}</h2>
        <nav aria-labelledby="plan-outline" className="mt-3 -ml-5"><Outline nodes={outlineTree(plan.outline)} locale={locale} href={href} /></nav>
      </section>
      <section aria-labelledby="plan-targets" className="mt-8">
        <h2 id="plan-targets" className="text-xl font-semibold">{t("targets")}</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>{[t("measure"), t("value"), t("unit"), t("comparator"), t("year"), t("clause")].map((h) => <th key={h} scope="col" className="border-b border-rule px-2 py-2 text-left">{h}</th>)}</tr>
            </thead>
            <tbody>
              {plan.targets.map((row) => (
                <tr key={row.seq} id={`target-${row.seq}`} className="border-b border-rule target:bg-mark">
                  <td className="px-2 py-2"><Text value={row.measure} locale={locale} /></td>
                  <td className="px-2 py-2 whitespace-nowrap tabular-nums">{formatValue(row)}</td>
                  <td className="px-2 py-2"><Text value={row.unit} locale={locale} /></td>
                  <td className="px-2 py-2">{t(`comparators.${row.comparator}`)}</td>
                  <td className="px-2 py-2 tabular-nums">{row.targetYear}</td>
                  <td className="px-2 py-2"><Link href={href(row.blockId)}><Text value={row.clause} locale={locale} /></Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {plan.cities.length > 0 ? (
        <section aria-labelledby="plan-cities" className="mt-8">
          <h2 id="plan-cities" className="text-xl font-semibold">{t("cities", { count: plan.cities.length })}</h2>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            {plan.cities.map((c) => <li key={c.name.zh}><Link href={href(c.blockId)}><Text value={c.name} locale={locale} /></Link></li>)}
          </ul>
        </section>
      ) : null}
      {plan.glossary.length > 0 ? (
        <section aria-labelledby="plan-glossary" className="mt-8">
          <h2 id="plan-glossary" className="text-xl font-semibold">{t("glossary")}</h2>
          <dl className="mt-3 space-y-2">
            {plan.glossary.map((g) => (
              <div key={g.numbering}>
                <dt className="inline font-medium"><span className="mr-1 text-muted">{g.numbering}</span><Link href={href(g.headingBlockId)}><Text value={g.term} locale={locale} /></Link></dt>
                {g.tableBlockIds.length > 0 ? (
                  <dd className="ml-2 inline text-sm">
                    {g.tableBlockIds.map((id) => <Link key={id} href={href(id)} className="mr-2">{t("table", { id })}</Link>)}
                  </dd>
                ) : null}
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  );
}
