CREATE TABLE "credential_signing_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"controller" text NOT NULL,
	"public_key_multibase" text NOT NULL,
	"secret_key_multibase" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_signing_keys_publicKeyMultibase_unique" UNIQUE("public_key_multibase")
);
--> statement-breakpoint
CREATE TABLE "credential_status_allocations" (
	"list_id" integer NOT NULL,
	"status_index" integer NOT NULL,
	"credential_id" text NOT NULL,
	"allocated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_status_allocations_list_id_status_index_pk" PRIMARY KEY("list_id","status_index"),
	CONSTRAINT "credential_status_allocations_credential_unique" UNIQUE("credential_id")
);
--> statement-breakpoint
CREATE TABLE "credential_status_bits" (
	"list_id" integer NOT NULL,
	"purpose" text NOT NULL,
	"status_index" integer NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_status_bits_list_id_purpose_status_index_pk" PRIMARY KEY("list_id","purpose","status_index"),
	CONSTRAINT "credential_status_bits_purpose_check" CHECK ("credential_status_bits"."purpose" in ('suspension', 'revocation'))
);
--> statement-breakpoint
CREATE TABLE "credential_status_lists" (
	"id" integer PRIMARY KEY NOT NULL,
	"size" integer NOT NULL,
	"allocated" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credential_status_lists_allocated_check" CHECK ("credential_status_lists"."allocated" between 0 and "credential_status_lists"."size")
);
--> statement-breakpoint
ALTER TABLE "credential_status_allocations" ADD CONSTRAINT "credential_status_allocations_list_id_credential_status_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."credential_status_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_status_bits" ADD CONSTRAINT "credential_status_bits_list_id_credential_status_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."credential_status_lists"("id") ON DELETE no action ON UPDATE no action;