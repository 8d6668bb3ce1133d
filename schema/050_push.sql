-- Push engine (spec §2): rounds of SMS and WeChat pushes of purchase items to the members and
-- supplier leads who deal in the item's variety, their recipients and tracked links, the
-- outbox the daemon (bin/yaocai-pushd) sends from, and the numbers that opted out.

-- 供应商线索: phone numbers from crawls and imports, not accounts. unclicked counts SMS pushes
-- that were never clicked (job lead-clicks); at 3 the lead is no longer pushed.
CREATE TABLE supplier_lead (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mobile CHAR(11) NOT NULL,
  name VARCHAR(100) NOT NULL DEFAULT '',
  company VARCHAR(200) NOT NULL DEFAULT '',
  area VARCHAR(100) NOT NULL DEFAULT '',
  varieties VARCHAR(1000) NOT NULL DEFAULT '' COMMENT 'as imported, 、-separated',
  source VARCHAR(50) NOT NULL DEFAULT '',
  score INT NOT NULL DEFAULT 0,
  unclicked INT UNSIGNED NOT NULL DEFAULT 0,
  dead TINYINT(1) NOT NULL DEFAULT 0,
  opted_out TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY uq_lead_mobile (mobile)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The catalogue varieties a lead deals in (resolved from supplier_lead.varieties).
CREATE TABLE supplier_lead_variety (
  lead_id BIGINT UNSIGNED NOT NULL,
  variety_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (lead_id, variety_id),
  KEY ix_lead_variety (variety_id),
  CONSTRAINT fk_lead_variety_lead FOREIGN KEY (lead_id) REFERENCES supplier_lead (id) ON DELETE CASCADE,
  CONSTRAINT fk_lead_variety_variety FOREIGN KEY (variety_id) REFERENCES variety (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's push score: raised by their first click on a pushed link; best first in a round.
CREATE TABLE push_score (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  score INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_push_score_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Numbers that opted out (回T退订, the opt-out link): never sent marketing again.
CREATE TABLE push_optout (
  mobile CHAR(11) NOT NULL PRIMARY KEY,
  source VARCHAR(20) NOT NULL COMMENT 'sms_reply, link, admin',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One push round of an item on one channel. The unique key and the CHECK keep "at most 5
-- rounds per item and channel" in the database; request_key makes generating a round from one
-- queue entry idempotent when the entry is processed again after a crash.
CREATE TABLE push_round (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id BIGINT UNSIGNED NOT NULL,
  channel ENUM('sms', 'wechat') NOT NULL,
  round_no TINYINT UNSIGNED NOT NULL,
  reason VARCHAR(20) NOT NULL COMMENT 'publish, admin, review',
  request_key VARCHAR(64) NOT NULL,
  created_at DATETIME NOT NULL,
  UNIQUE KEY uq_round_no (item_id, channel, round_no),
  UNIQUE KEY uq_round_request (request_key, channel),
  KEY ix_round_created (created_at),
  CONSTRAINT fk_round_item FOREIGN KEY (item_id) REFERENCES purchase_item (id),
  CHECK (round_no BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One recipient of a round: a member or a lead. address is the mobile (sms) or the openid
-- (wechat); the unique key means nobody gets the same item twice on a channel.
-- status: 0 queued, 1 sent, 2 delivered, 3 failed, 4 dropped (opted out before sending).
CREATE TABLE push_recipient (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  round_id BIGINT UNSIGNED NOT NULL,
  item_id BIGINT UNSIGNED NOT NULL,
  channel ENUM('sms', 'wechat') NOT NULL,
  user_id BIGINT UNSIGNED NULL,
  lead_id BIGINT UNSIGNED NULL,
  address VARCHAR(64) NOT NULL,
  token CHAR(32) NOT NULL,
  message VARCHAR(500) NOT NULL,
  status TINYINT UNSIGNED NOT NULL DEFAULT 0,
  sent_at DATETIME NULL,
  delivered_at DATETIME NULL,
  first_click_at DATETIME NULL,
  clicks INT UNSIGNED NOT NULL DEFAULT 0,
  registered TINYINT(1) NOT NULL DEFAULT 0,
  quoted TINYINT(1) NOT NULL DEFAULT 0,
  UNIQUE KEY uq_recipient_token (token),
  UNIQUE KEY uq_recipient_once (item_id, channel, address),
  KEY ix_recipient_round (round_id, id),
  KEY ix_recipient_user (user_id),
  KEY ix_recipient_lead (lead_id, channel),
  CONSTRAINT fk_recipient_round FOREIGN KEY (round_id) REFERENCES push_round (id),
  CONSTRAINT fk_recipient_user FOREIGN KEY (user_id) REFERENCES user (id),
  CONSTRAINT fk_recipient_lead FOREIGN KEY (lead_id) REFERENCES supplier_lead (id),
  CHECK ((user_id IS NULL) <> (lead_id IS NULL)),
  CHECK (status <= 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Pages viewed in a visit that began with a tracked click.
CREATE TABLE push_visit (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recipient_id BIGINT UNSIGNED NOT NULL,
  path VARCHAR(200) NOT NULL,
  viewed_at DATETIME NOT NULL,
  KEY ix_visit_recipient (recipient_id, id),
  CONSTRAINT fk_visit_recipient FOREIGN KEY (recipient_id) REFERENCES push_recipient (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every message the daemon sends. idem_key is unique, and the provider is given it too, so a
-- message sent again after a crash is dropped by the provider instead of arriving twice.
-- state: 0 waiting (until next_try_at), 1 queued (in the stream), 2 sending (claimed by a
-- worker until lease_until), 3 sent, 4 failed (gave up), 5 dropped (opted out meanwhile).
-- kind: push (marketing: quiet hours, daily cap, 回T退订) or event (quote events).
CREATE TABLE push_outbox (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind ENUM('push', 'event') NOT NULL,
  channel ENUM('sms', 'wechat') NOT NULL,
  address VARCHAR(64) NOT NULL COMMENT 'mobile or openid',
  template VARCHAR(64) NOT NULL,
  data TEXT NOT NULL COMMENT 'sms: the text; wechat: {"url":..., "data":{...}}',
  idem_key VARCHAR(64) NOT NULL,
  recipient_id BIGINT UNSIGNED NULL,
  state TINYINT UNSIGNED NOT NULL DEFAULT 0,
  tries INT UNSIGNED NOT NULL DEFAULT 0,
  next_try_at DATETIME NOT NULL,
  queued_at DATETIME NULL,
  lease_until DATETIME NULL,
  counted_day DATE NULL COMMENT 'the day this message took from the daily cap',
  provider_id VARCHAR(64) NULL,
  error VARCHAR(200) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL,
  sent_at DATETIME NULL,
  UNIQUE KEY uq_outbox_key (idem_key),
  KEY ix_outbox_due (state, next_try_at),
  KEY ix_outbox_recipient (recipient_id),
  CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES push_recipient (id),
  CHECK (state <= 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Marketing SMS per number per business day, raised by a guarded UPDATE (the daily cap).
CREATE TABLE push_sms_day (
  mobile CHAR(11) NOT NULL,
  day DATE NOT NULL,
  sent INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (mobile, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
