-- CreateTable
CREATE TABLE "IssueRevision" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previousSourceSha256" TEXT NOT NULL,
    "previousRowsSha256" TEXT NOT NULL,
    "previousTranslationSha256" TEXT,
    "previousIngestedAt" TIMESTAMP(3) NOT NULL,
    "previousCounts" JSONB NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "rowsSha256" TEXT NOT NULL,
    "translationSha256" TEXT,
    "counts" JSONB NOT NULL,
    "forced" BOOLEAN NOT NULL,

    CONSTRAINT "IssueRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IssueRevision_slug_replacedAt_idx" ON "IssueRevision"("slug", "replacedAt");
