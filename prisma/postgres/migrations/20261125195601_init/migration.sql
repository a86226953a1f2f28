-- CreateTable
CREATE TABLE "Issue" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "series" INTEGER NOT NULL,
    "publishedOn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT,
    "supervisorZh" TEXT,
    "supervisorEn" TEXT,
    "website" TEXT,
    "sourceFile" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "translationSha256" TEXT,
    "rowsSha256" TEXT NOT NULL,
    "sourceLines" INTEGER NOT NULL,
    "mappedLines" INTEGER NOT NULL,
    "coverageRatio" DOUBLE PRECISION NOT NULL,
    "unmappedLines" JSONB NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Issue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssueMatter" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,

    CONSTRAINT "IssueMatter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentsEntry" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEnOfficial" TEXT,
    "titleEnTranslated" TEXT,
    "page" INTEGER,
    "lineZh" INTEGER NOT NULL,
    "lineEn" INTEGER,
    "noticeId" TEXT NOT NULL,

    CONSTRAINT "ContentsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Issuer" (
    "code" TEXT NOT NULL,
    "abbr" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Issuer_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "issueId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "numberYear" INTEGER,
    "numberNo" INTEGER,
    "numberText" TEXT,
    "numberLine" INTEGER,
    "docNumberText" TEXT,
    "docNumberNormalized" TEXT,
    "docNumberPrefix" TEXT,
    "docNumberYear" INTEGER,
    "docNumberNo" INTEGER,
    "docNumberLine" INTEGER,
    "headerText" TEXT NOT NULL,
    "headerTextEn" TEXT,
    "titleZh" TEXT NOT NULL,
    "titleEnOfficial" TEXT,
    "titleEnTranslated" TEXT,
    "subject" TEXT,
    "subjectEn" TEXT,
    "signingDates" JSONB NOT NULL,
    "sourceNote" TEXT,
    "sourceNoteEn" TEXT,
    "page" INTEGER,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeIssuer" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "issuerCode" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "printed" TEXT NOT NULL,

    CONSTRAINT "NoticeIssuer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeAttachment" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "blockId" TEXT,
    "line" INTEGER NOT NULL,

    CONSTRAINT "NoticeAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "level" INTEGER,
    "numbering" TEXT,
    "marker" TEXT,
    "text" TEXT NOT NULL,
    "textEn" TEXT,
    "enSourceHash" TEXT,
    "title" TEXT,
    "titleEn" TEXT,
    "caption" TEXT,
    "captionEn" TEXT,
    "captionLine" INTEGER,
    "tableHeader" JSONB,
    "tableRows" JSONB,
    "tableHeaderEn" JSONB,
    "tableRowsEn" JSONB,
    "repeatedHeaderLines" JSONB,
    "signers" JSONB,
    "signersEn" JSONB,
    "signDateText" TEXT,
    "signDate" TEXT,
    "lineStart" INTEGER NOT NULL,
    "lineEnd" INTEGER NOT NULL,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Standard" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "codeNormalized" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "effectiveDateText" TEXT NOT NULL,
    "effectiveDate" TEXT NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "Standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicensingDecision" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "company" TEXT NOT NULL,
    "companyEn" TEXT,
    "licenceKind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "LicensingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT,
    "periodStart" INTEGER NOT NULL,
    "periodEnd" INTEGER NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanOutlineEntry" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "numbering" TEXT,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "page" INTEGER,
    "line" INTEGER NOT NULL,
    "blockId" TEXT,

    CONSTRAINT "PlanOutlineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTarget" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "measureEn" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "valueMax" DOUBLE PRECISION,
    "unit" TEXT NOT NULL,
    "unitEn" TEXT,
    "comparator" TEXT NOT NULL,
    "targetYear" INTEGER NOT NULL,
    "clause" TEXT NOT NULL,
    "clauseEn" TEXT,
    "goal" TEXT,
    "goalEn" TEXT,
    "blockId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "PlanTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanCity" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "blockId" TEXT NOT NULL,

    CONSTRAINT "PlanCity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "numbering" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "termEn" TEXT,
    "headingBlockId" TEXT NOT NULL,
    "blockIds" JSONB NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParseWarning" (
    "id" SERIAL NOT NULL,
    "issueId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "line" INTEGER,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "ParseWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Issue_slug_key" ON "Issue"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "IssueMatter_issueId_part_order_key" ON "IssueMatter"("issueId", "part", "order");

-- CreateIndex
CREATE INDEX "ContentsEntry_noticeId_idx" ON "ContentsEntry"("noticeId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentsEntry_issueId_position_key" ON "ContentsEntry"("issueId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_issueId_position_key" ON "Notice"("issueId", "position");

-- CreateIndex
CREATE INDEX "NoticeIssuer_issuerCode_idx" ON "NoticeIssuer"("issuerCode");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeIssuer_noticeId_order_key" ON "NoticeIssuer"("noticeId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeAttachment_noticeId_order_key" ON "NoticeAttachment"("noticeId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Block_noticeId_blockId_key" ON "Block"("noticeId", "blockId");

-- CreateIndex
CREATE UNIQUE INDEX "Block_noticeId_order_key" ON "Block"("noticeId", "order");

-- CreateIndex
CREATE INDEX "Standard_codeNormalized_idx" ON "Standard"("codeNormalized");

-- CreateIndex
CREATE UNIQUE INDEX "Standard_noticeId_seq_key" ON "Standard"("noticeId", "seq");

-- CreateIndex
CREATE INDEX "LicensingDecision_company_idx" ON "LicensingDecision"("company");

-- CreateIndex
CREATE UNIQUE INDEX "LicensingDecision_noticeId_seq_key" ON "LicensingDecision"("noticeId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_noticeId_key" ON "Plan"("noticeId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanOutlineEntry_planId_seq_key" ON "PlanOutlineEntry"("planId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTarget_planId_seq_key" ON "PlanTarget"("planId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "PlanCity_planId_seq_key" ON "PlanCity"("planId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryEntry_planId_seq_key" ON "GlossaryEntry"("planId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "ParseWarning_issueId_seq_key" ON "ParseWarning"("issueId", "seq");

-- AddForeignKey
ALTER TABLE "IssueMatter" ADD CONSTRAINT "IssueMatter_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentsEntry" ADD CONSTRAINT "ContentsEntry_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentsEntry" ADD CONSTRAINT "ContentsEntry_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeIssuer" ADD CONSTRAINT "NoticeIssuer_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeIssuer" ADD CONSTRAINT "NoticeIssuer_issuerCode_fkey" FOREIGN KEY ("issuerCode") REFERENCES "Issuer"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeAttachment" ADD CONSTRAINT "NoticeAttachment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Standard" ADD CONSTRAINT "Standard_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicensingDecision" ADD CONSTRAINT "LicensingDecision_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanOutlineEntry" ADD CONSTRAINT "PlanOutlineEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanCity" ADD CONSTRAINT "PlanCity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParseWarning" ADD CONSTRAINT "ParseWarning_issueId_fkey" FOREIGN KEY ("issueId") REFERENCES "Issue"("id") ON DELETE CASCADE ON UPDATE CASCADE;
