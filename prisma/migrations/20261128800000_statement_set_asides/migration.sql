-- The fact desk (issue 13): statements of a source version set aside on purpose, with the reason,
-- proposed by an editor and confirmed by another person.

-- CreateEnum
CREATE TYPE "SetAsideStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "StatementSetAside" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sourceVersionId" UUID NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "SetAsideStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" UUID,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StatementSetAside_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatementSetAside_sourceVersionId_startOffset_idx" ON "StatementSetAside"("sourceVersionId", "startOffset");

-- AddForeignKey
ALTER TABLE "StatementSetAside" ADD CONSTRAINT "StatementSetAside_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId") REFERENCES "SourceVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSetAside" ADD CONSTRAINT "StatementSetAside_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSetAside" ADD CONSTRAINT "StatementSetAside_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
