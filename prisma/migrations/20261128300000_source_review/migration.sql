-- Source text goes public only through review (issue 18): a version is approved by publishing a
-- change that names it, and the public version is chosen among approved versions only.
-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN "approvedAt" TIMESTAMPTZ(3);

-- Versions already public, and the versions before them, were published by the old rule
-- (with the first approved record citing them): they count as approved.
UPDATE "SourceVersion" v
SET "approvedAt" = d."updatedAt"
FROM "SourceDocument" d
JOIN "SourceVersion" current ON current.id = d."currentVersionId"
WHERE d.status = 'PUBLISHED' AND v."documentId" = d.id AND v.number <= current.number;
