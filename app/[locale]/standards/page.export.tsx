import { standardsRoute } from "@/components/data/records-pages";
import { staticRecordsRoute } from "@/components/data/records-route";

// The static export: every row, filtered in the browser (records-route.tsx).
const route = staticRecordsRoute(standardsRoute);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
