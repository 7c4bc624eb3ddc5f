-- Provenance of source documents (issue 14): press releases as a kind, the editor's estimate of
-- when an undated text was written (with its reason in datingNote), when it was retrieved, and a
-- note on its rights.
-- AlterEnum
ALTER TYPE "SourceKind" ADD VALUE 'PRESS_RELEASE' BEFORE 'OTHER';

-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN "estimatedDate" DATE,
ADD COLUMN "estimatedDatePrecision" "DatePrecision",
ADD COLUMN "retrievedOn" DATE,
ADD COLUMN "rightsNote" TEXT;
