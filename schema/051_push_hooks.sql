-- Signed SMS webhook (POST /hooks/sms): report ids and request signatures already accepted,
-- so a replayed report or request changes nothing; delivery reports find their message by the
-- provider's id.
CREATE TABLE push_hook_seen (
  seen_key VARCHAR(100) NOT NULL PRIMARY KEY COMMENT 'report:<id> or sig:<hmac>',
  received_at DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE push_outbox ADD KEY ix_outbox_provider (provider_id);

-- Reminders to buyers whose quotes go unanswered (job quote-reminders): at most 2 per item,
-- a day apart; the outbox key "remind-<item>-<n>" keeps a rerun from sending one twice.
CREATE TABLE push_reminder (
  item_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  sent INT UNSIGNED NOT NULL DEFAULT 0,
  last_at DATETIME NULL,
  CONSTRAINT fk_reminder_item FOREIGN KEY (item_id) REFERENCES purchase_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
