import { LicencesView, licencesPath } from "@/components/data/licences-view";
import { recordsRoute } from "@/components/data/records-route";
import { StandardsView, standardsPath } from "@/components/data/standards-view";
import { licenceFilter, parseLicencesParams, parseStandardsParams, sortLicences, sortStandards, standardFilter } from "@/lib/data/record-params";
import { listLicences, listStandards } from "@/lib/data/records";

/**
 * The two data pages, wired once: the server build's page.server.tsx (filtered by the query string)
 * and the static export's page.export.tsx (every row) both render these.
 */
export const standardsRoute = recordsRoute({
  namespace: "records.standards",
  parse: parseStandardsParams,
  path: standardsPath,
  render: async (locale, query) => (
    <StandardsView locale={locale} params={query} rows={sortStandards(await listStandards(standardFilter(query)), query)} />
  ),
});

export const licencesRoute = recordsRoute({
  namespace: "records.licences",
  parse: parseLicencesParams,
  path: licencesPath,
  render: async (locale, query) => (
    <LicencesView locale={locale} params={query} rows={sortLicences(await listLicences(licenceFilter(query)), query)} />
  ),
});
