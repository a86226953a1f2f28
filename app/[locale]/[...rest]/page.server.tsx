import { notFound } from "next/navigation";

// Any unknown path under a locale is a 404. In a production build the proxy answers it first, with
// the prerendered app/[locale]/missing page (its text in the HTML); this route answers it under
// `next dev` and whenever the proxy has no known-path list, through app/[locale]/not-found.tsx.
export default function UnknownPage() {
  notFound();
}
