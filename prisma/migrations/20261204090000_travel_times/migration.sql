-- CreateTable
CREATE TABLE "travel_times" (
    "origin_lat" INTEGER NOT NULL,
    "origin_lng" INTEGER NOT NULL,
    "destination_lat" INTEGER NOT NULL,
    "destination_lng" INTEGER NOT NULL,
    "mode" TEXT NOT NULL,
    "on_date" DATE NOT NULL,
    "seconds" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "travel_times_pkey" PRIMARY KEY ("origin_lat","origin_lng","destination_lat","destination_lng","mode","on_date")
);

-- CreateIndex
CREATE INDEX "travel_times_on_date_idx" ON "travel_times"("on_date");

-- The modes Find shows.
ALTER TABLE "travel_times" ADD CONSTRAINT "travel_times_mode" CHECK ("mode" IN ('drive', 'transit', 'walk'));
