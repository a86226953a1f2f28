import { standardsRoute } from "@/components/data/records-pages";

// Filtered by the query string: rendered per request (server build only; the export has page.export.tsx).
export const generateMetadata = standardsRoute.generateMetadata;
export default standardsRoute.Page;
