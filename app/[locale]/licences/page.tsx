import { LicencesView, licencesPath } from "@/components/data/licences-view";
import { recordsRoute } from "@/components/data/records-route";
import { licenceFilter, parseLicencesParams, sortLicences } from "@/lib/data/record-params";
import { listLicences } from "@/lib/data/records";

const route = recordsRoute({
  namespace: "records.licences",
  parse: parseLicencesParams,
  path: licencesPath,
  render: async (locale, query) => (
    <LicencesView locale={locale} params={query} rows={sortLicences(await listLicences(licenceFilter(query)), query)} />
  ),
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
