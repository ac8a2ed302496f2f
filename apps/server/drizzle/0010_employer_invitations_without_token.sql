ALTER TABLE "employer_invitations" DROP CONSTRAINT "employer_invitations_tokenHash_unique";--> statement-breakpoint
ALTER TABLE "employer_invitations" DROP COLUMN "token_hash";