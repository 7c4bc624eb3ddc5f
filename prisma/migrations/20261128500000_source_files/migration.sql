-- Originals of source documents (issue 14): the PDF or saved web page a version's text was
-- extracted from, kept byte for byte, and where each PDF page starts in the extracted text.
-- AlterTable
ALTER TABLE "SourceVersion" ADD COLUMN "pageStarts" INTEGER[] NOT NULL DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "SourceFile" (
    "versionId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceFile_pkey" PRIMARY KEY ("versionId")
);

-- AddForeignKey
ALTER TABLE "SourceFile" ADD CONSTRAINT "SourceFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SourceVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The page map is part of what citations are anchored to: as immutable as the text.
CREATE OR REPLACE FUNCTION "source_version_text_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."text" IS DISTINCT FROM OLD."text"
        OR NEW."sha256" IS DISTINCT FROM OLD."sha256"
        OR NEW."charCount" IS DISTINCT FROM OLD."charCount"
        OR NEW."documentId" IS DISTINCT FROM OLD."documentId"
        OR NEW."number" IS DISTINCT FROM OLD."number"
        OR NEW."pageStarts" IS DISTINCT FROM OLD."pageStarts" THEN
        RAISE EXCEPTION 'SourceVersion text is immutable: import a new version instead';
    END IF;
    RETURN NEW;
END;
$$;

-- An original file is never changed or removed.
CREATE FUNCTION "source_file_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'SourceFile is immutable: % refused', TG_OP;
END;
$$;
CREATE TRIGGER "SourceFile_no_update_or_delete" BEFORE UPDATE OR DELETE ON "SourceFile"
    FOR EACH ROW EXECUTE FUNCTION "source_file_is_immutable"();
