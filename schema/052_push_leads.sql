-- Buy-leads from other herb markets (spec §2, imports): staged here from files and the JSON
-- API, de-duplicated by mobile + variety within 3 days, then turned into 常年采购 orders. A row
-- that cannot be turned into an order stays staged with the reason; 'converting' is a row a
-- converter has taken (a guarded UPDATE), so two converters never make two orders of one lead.
CREATE TABLE buy_lead (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source VARCHAR(50) NOT NULL,
  source_id VARCHAR(64) NULL COMMENT 'the source''s own id (API); NULL for files',
  mobile CHAR(11) NOT NULL,
  name VARCHAR(100) NOT NULL DEFAULT '',
  variety_text VARCHAR(50) NOT NULL,
  spec VARCHAR(30) NOT NULL DEFAULT '',
  quantity_text VARCHAR(50) NOT NULL DEFAULT '',
  quality VARCHAR(500) NOT NULL DEFAULT '',
  origin VARCHAR(50) NOT NULL DEFAULT '',
  lead_date DATE NOT NULL,
  state ENUM('staged', 'duplicate', 'converting', 'converted') NOT NULL DEFAULT 'staged',
  reason VARCHAR(200) NOT NULL DEFAULT '',
  order_id BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_buy_lead_source (source, source_id),
  KEY ix_buy_lead_dedup (mobile, variety_text, lead_date),
  KEY ix_buy_lead_state (state, id),
  CONSTRAINT fk_buy_lead_order FOREIGN KEY (order_id) REFERENCES purchase (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where the JSON API puller (job buy-leads-pull) stopped, per source: it resumes there.
CREATE TABLE buy_lead_cursor (
  source VARCHAR(50) NOT NULL PRIMARY KEY,
  last_source_id VARCHAR(64) NOT NULL DEFAULT '',
  pulled_at DATETIME NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
