-- CreateTable
CREATE TABLE "IssueRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "replacedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "previousSourceSha256" TEXT NOT NULL,
    "previousRowsSha256" TEXT NOT NULL,
    "previousTranslationSha256" TEXT,
    "previousIngestedAt" DATETIME NOT NULL,
    "previousCounts" JSONB NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "rowsSha256" TEXT NOT NULL,
    "translationSha256" TEXT,
    "counts" JSONB NOT NULL,
    "forced" BOOLEAN NOT NULL
);

-- CreateIndex
CREATE INDEX "IssueRevision_slug_replacedAt_idx" ON "IssueRevision"("slug", "replacedAt");
