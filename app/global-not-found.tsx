import type { Metadata } from "next";
import Link from "next/link";
import { en } from "@/messages/en";
import { zh } from "@/messages/zh";
import "@/app/globals.css";

// Only for URLs no route matches at all (the proxy sends most unknown paths into a locale, where the
// localized not-found renders). There is no locale here, so it speaks both languages.
export const metadata: Metadata = { title: `${zh.notFound.title} · ${en.notFound.title}` };

export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body className="mx-auto max-w-2xl bg-paper p-6 text-ink">
        <main>
          <h1 className="text-2xl font-bold">{zh.notFound.title}</h1>
          <p className="mt-2">{zh.notFound.body}</p>
          <p className="mt-2">
            <Link href="/zh">{zh.notFound.back}</Link>
          </p>
          <div lang="en" className="mt-8">
            <h2 className="text-xl font-bold">{en.notFound.title}</h2>
            <p className="mt-2">{en.notFound.body}</p>
            <p className="mt-2">
              <Link href="/en">{en.notFound.back}</Link>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
