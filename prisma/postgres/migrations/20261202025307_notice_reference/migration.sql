-- CreateTable
CREATE TABLE "NoticeReference" (
    "id" SERIAL NOT NULL,
    "noticeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "printed" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "blockId" TEXT NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "NoticeReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NoticeReference_target_idx" ON "NoticeReference"("target");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeReference_noticeId_seq_key" ON "NoticeReference"("noticeId", "seq");

-- AddForeignKey
ALTER TABLE "NoticeReference" ADD CONSTRAINT "NoticeReference_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
