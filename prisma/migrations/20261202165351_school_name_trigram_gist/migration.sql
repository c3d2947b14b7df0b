-- CreateIndex
CREATE INDEX "index_schools_on_name_trgm_gist" ON "schools" USING GIST ("name" gist_trgm_ops);
