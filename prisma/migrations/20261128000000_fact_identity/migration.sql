-- Every fact keeps its identity across edits (issue 12).
--
-- Parties get ids of their own. Existing rows get the id the seed planner derives from the same
-- key (lib/ids/stable-id.ts, partyId: md5 of "parent:organisation[:role]"), so a database migrated
-- from an earlier seed and a fresh one agree, and seeding again inserts nothing twice.
ALTER TABLE "ProjectParty" ADD COLUMN "id" UUID;
UPDATE "ProjectParty" SET "id" = md5("projectId"::text || ':' || "organisationId"::text || ':' || "role"::text)::uuid;
ALTER TABLE "ProjectParty" ALTER COLUMN "id" SET NOT NULL, ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
ALTER TABLE "ProjectParty" DROP CONSTRAINT "ProjectParty_pkey";
ALTER TABLE "ProjectParty" ADD CONSTRAINT "ProjectParty_pkey" PRIMARY KEY ("id");
CREATE UNIQUE INDEX "ProjectParty_projectId_organisationId_role_key" ON "ProjectParty"("projectId", "organisationId", "role");

ALTER TABLE "AgreementParty" ADD COLUMN "id" UUID;
UPDATE "AgreementParty" SET "id" = md5("agreementId"::text || ':' || "organisationId"::text)::uuid;
ALTER TABLE "AgreementParty" ALTER COLUMN "id" SET NOT NULL, ALTER COLUMN "id" SET DEFAULT gen_random_uuid();
ALTER TABLE "AgreementParty" DROP CONSTRAINT "AgreementParty_pkey";
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id");
CREATE UNIQUE INDEX "AgreementParty_agreementId_organisationId_key" ON "AgreementParty"("agreementId", "organisationId");

-- When a published figure was corrected, for the correction notice readers see beside it.
ALTER TABLE "Observation" ADD COLUMN "correctedAt" TIMESTAMPTZ(3);

-- Notes on a change: one for reviewers only, one published as the reason in the record's history.
ALTER TABLE "Change" ADD COLUMN "editorNote" TEXT;
ALTER TABLE "Change" ADD COLUMN "publicNote" TEXT;

-- CreateEnum
CREATE TYPE "FactType" AS ENUM ('OBSERVATION', 'CITATION', 'MILESTONE', 'MEASURE', 'PARTY');

-- CreateTable
CREATE TABLE "WithdrawnFact" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "factId" UUID NOT NULL,
    "factType" "FactType" NOT NULL,
    "recordType" "RecordType" NOT NULL,
    "recordId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "sourceVersionId" UUID,
    "changeId" UUID,
    "reason" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WithdrawnFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WithdrawnFact_factId_idx" ON "WithdrawnFact"("factId");

-- CreateIndex
CREATE INDEX "WithdrawnFact_sourceVersionId_idx" ON "WithdrawnFact"("sourceVersionId");

-- CreateIndex
CREATE INDEX "WithdrawnFact_recordType_recordId_idx" ON "WithdrawnFact"("recordType", "recordId");

-- AddForeignKey
ALTER TABLE "WithdrawnFact" ADD CONSTRAINT "WithdrawnFact_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawnFact" ADD CONSTRAINT "WithdrawnFact_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "Change"("id") ON DELETE SET NULL ON UPDATE CASCADE;
