-- The public project list's default order (name, then id): its first page comes from the index.
CREATE INDEX "Project_name_id_idx" ON "Project"("name", "id");
