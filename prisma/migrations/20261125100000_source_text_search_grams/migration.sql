-- Source texts are long (10,000 characters and more), and computing their n-grams takes tens of
-- milliseconds each. An expression index does not stop PostgreSQL from computing them again at
-- query time: on few documents it rightly prefers a scan, which then computes every text's n-grams
-- on every search (0.6 s for the five seed documents). Texts never change once stored, so each
-- version's n-grams are stored once, when it is inserted, beside the text and behind a GIN index.
-- Like the other search indexes this is beyond Prisma's schema language (and invisible to the
-- Prisma client); tests/integration/schema-matches-migrations.test.ts knows it.
CREATE TABLE "SourceVersionSearch" (
    "sourceVersionId" UUID NOT NULL,
    "grams" TEXT[] NOT NULL,

    CONSTRAINT "SourceVersionSearch_pkey" PRIMARY KEY ("sourceVersionId"),
    CONSTRAINT "SourceVersionSearch_sourceVersionId_fkey" FOREIGN KEY ("sourceVersionId")
        REFERENCES "SourceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO "SourceVersionSearch" ("sourceVersionId", "grams")
SELECT "id", cms_search_grams("text") FROM "SourceVersion";

CREATE INDEX "SourceVersionSearch_search_idx" ON "SourceVersionSearch" USING gin ("grams");
DROP INDEX "SourceVersion_search_idx";

CREATE FUNCTION cms_store_source_version_grams() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SourceVersionSearch" ("sourceVersionId", "grams") VALUES (NEW."id", cms_search_grams(NEW."text"));
  RETURN NEW;
END
$$;

CREATE TRIGGER "SourceVersion_store_search_grams" AFTER INSERT ON "SourceVersion"
FOR EACH ROW EXECUTE FUNCTION cms_store_source_version_grams();
