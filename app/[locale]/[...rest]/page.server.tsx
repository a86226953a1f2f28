import { notFound } from "next/navigation";

// Any unknown path under a locale (and, via the proxy, under an unknown locale) is a real 404
// rendered by app/[locale]/not-found.tsx in that locale.
export default function UnknownPage() {
  notFound();
}
