import type { Metadata } from "next";
import { IssuerRoute, issuerMetadata, issuerStaticParams } from "@/components/browse/issuer-route";

// /[locale]/issuers/[code] is page 1, /[locale]/issuers/[code]/page/[n] pages 2…N. One optional
// catch-all route rather than two, so the static export always has params for it even when no
// issuer has a second page. Issuers and page counts are known at build time: all are prerendered,
// and anything else is a 404 that writes nothing to the cache (issue 9).
export const dynamicParams = false;

export async function generateStaticParams() {
  return issuerStaticParams();
}

export async function generateMetadata({ params }: PageProps<"/[locale]/issuers/[code]/[[...page]]">): Promise<Metadata> {
  return issuerMetadata(await params);
}

export default async function IssuerPage({ params }: PageProps<"/[locale]/issuers/[code]/[[...page]]">) {
  return <IssuerRoute raw={await params} />;
}
