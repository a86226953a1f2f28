-- Data only (issue 15): 注销 is cancellation, not revocation (Administrative Licensing Law Art. 70;
-- 撤销 Art. 69 and 吊销 as a penalty stay "revoke"). The parser now maps the verb, so decisions
-- stored before it read action = 'revoke' for 注销 (and 取消). Rewrite those rows: a decision whose
-- paragraph prints 注销 or 取消 and neither 撤销 nor 吊销 becomes 'cancel'. A paragraph printing
-- both kinds of verb is left for the next ingest, which re-parses it (the rows hash changes with
-- the parser, so ingest replaces the issue). The same SQL runs on SQLite and PostgreSQL.
UPDATE "LicensingDecision"
SET "action" = 'cancel'
WHERE "action" = 'revoke'
  AND EXISTS (
    SELECT 1 FROM "Block" AS b
    WHERE b."noticeId" = "LicensingDecision"."noticeId"
      AND b."blockId" = "LicensingDecision"."blockId"
      AND (b."text" LIKE '%注销%' OR b."text" LIKE '%註銷%' OR b."text" LIKE '%取消%')
      AND b."text" NOT LIKE '%撤销%' AND b."text" NOT LIKE '%撤銷%'
      AND b."text" NOT LIKE '%吊销%' AND b."text" NOT LIKE '%吊銷%'
  );
