import { recordsDownload } from "@/lib/data/record-downloads";

// Reads the query string: rendered per request, never written to the route cache.
export const GET = recordsDownload("standards", "json");
