-- CreateTable
CREATE TABLE "NoticeReference" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "noticeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "printed" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "NoticeReference_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NoticeReference_target_idx" ON "NoticeReference"("target");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeReference_noticeId_seq_key" ON "NoticeReference"("noticeId", "seq");
