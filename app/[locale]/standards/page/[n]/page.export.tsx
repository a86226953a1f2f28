import { standardsRoute } from "@/components/data/records-pages";
import { staticRecordsPagesRoute } from "@/components/data/records-route";
import { listStandards } from "@/lib/data/records";

// The static export only: page n of the standards table as a file, because a static host cannot read
// ?page= (the server build answers /{locale}/standards?page=n instead).
const route = staticRecordsPagesRoute(standardsRoute, async () => (await listStandards()).length);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
