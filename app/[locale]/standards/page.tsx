import { recordsRoute } from "@/components/data/records-route";
import { StandardsView, standardsPath } from "@/components/data/standards-view";
import { parseStandardsParams, sortStandards, standardFilter } from "@/lib/data/record-params";
import { listStandards } from "@/lib/data/records";

const route = recordsRoute({
  namespace: "records.standards",
  parse: parseStandardsParams,
  path: standardsPath,
  render: async (locale, query) => (
    <StandardsView locale={locale} params={query} rows={sortStandards(await listStandards(standardFilter(query)), query)} />
  ),
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
