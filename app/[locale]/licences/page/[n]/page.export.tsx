import { licencesRoute } from "@/components/data/records-pages";
import { staticRecordsPagesRoute } from "@/components/data/records-route";
import { listLicences } from "@/lib/data/records";

// The static export only: page n of the licences table as a file, because a static host cannot read
// ?page= (the server build answers /{locale}/licences?page=n instead).
const route = staticRecordsPagesRoute(licencesRoute, async () => (await listLicences()).length);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
