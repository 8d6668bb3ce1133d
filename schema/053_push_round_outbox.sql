-- A round's outbox rows are written a chunk at a time (lib/push/round_outbox.h): the round's
-- own transaction writes the first [push] outbox_chunk, the daemon the rest as it dispatches.
-- outbox_upto is the last recipient id that has its outbox row, outboxed = 1 once all have;
-- rounds made before this migration have all theirs.
ALTER TABLE push_round
  ADD COLUMN outbox_upto BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN outboxed TINYINT(1) NOT NULL DEFAULT 1,
  ADD KEY ix_round_outboxed (outboxed, id);
