-- The device gateway publishes every circle event to its members' apps over MQTT (spec §5):
-- the feed is its outbox. `pushed` flips once the event went out; the key finds the few that
-- have not.
ALTER TABLE watch_event
  ADD COLUMN pushed TINYINT(1) NOT NULL DEFAULT 0,
  ADD KEY ix_watch_event_unpushed (pushed, id);

-- What happened before there was a broker is history, not news.
UPDATE watch_event SET pushed = 1;
