-- Audit rows are append-only (a trigger refuses UPDATE), so deleting a user must not try to set
-- their audit rows' actor to NULL: refuse the delete instead (users are deactivated, not deleted).
-- DropForeignKey
ALTER TABLE "AuditEntry" DROP CONSTRAINT "AuditEntry_actorId_fkey";

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
