-- The offline box (spec §5): commands wait for a watch coalesced. `box_key` names the slot a
-- pending command holds: a settings type (phonebook, sos, alarms, ...) or locate. The unique
-- key lets one command hold a slot at a time, so two racing locate requests become one command
-- and a newer setting takes its type's slot from the older one. Text and voice messages hold no
-- slot (NULL): they stay in order. The slot is freed (NULL) once the command is acknowledged,
-- replaced or expired.
ALTER TABLE watch_command
  ADD COLUMN box_key VARCHAR(16) NULL AFTER status,
  ADD UNIQUE KEY uq_watch_command_box_key (imei, box_key);
