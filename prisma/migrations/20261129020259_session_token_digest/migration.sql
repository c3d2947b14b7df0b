-- DropForeignKey
ALTER TABLE "wizard_states" DROP CONSTRAINT "wizard_states_session_id_fkey";

-- AlterTable
ALTER TABLE "sessions" DROP CONSTRAINT "sessions_pkey",
ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "id" SET DATA TYPE TEXT,
ADD CONSTRAINT "sessions_pkey" PRIMARY KEY ("id");

-- AlterTable
ALTER TABLE "wizard_states" ALTER COLUMN "session_id" SET DATA TYPE TEXT;

-- AddForeignKey
ALTER TABLE "wizard_states" ADD CONSTRAINT "wizard_states_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
