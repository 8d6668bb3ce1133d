-- Purchase orders (采购单), their items, quotes, notifications and followed varieties.
-- Stored status: 1 open, 3 采购成功, 0 关闭; 报价结束 is derived from the deadline (lib/market/status).
CREATE TABLE purchase (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  buyer_id BIGINT UNSIGNED NOT NULL,
  area_code INT UNSIGNED NULL COMMENT 'delivery district; NULL when pickup',
  province_code INT UNSIGNED NULL COMMENT 'province of area_code, for the list filter',
  pickup TINYINT(1) NOT NULL DEFAULT 0 COMMENT '亲自上门看货提货',
  invoice TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT '0 无需 1 普通 2 增值税',
  payment TINYINT UNSIGNED NOT NULL DEFAULT 1 COMMENT '1 预付 2 验收后N天 3 其他',
  payment_days SMALLINT UNSIGNED NULL,
  payment_note VARCHAR(200) NOT NULL DEFAULT '',
  sample TINYINT(1) NOT NULL DEFAULT 0 COMMENT '寄样',
  sample_recipient VARCHAR(200) NOT NULL DEFAULT '',
  acceptance TEXT NOT NULL COMMENT '验收/包装要求',
  qualifications SET('license', 'gsp', 'gmp') NOT NULL DEFAULT '',
  remark TEXT NOT NULL,
  window_days TINYINT UNSIGNED NOT NULL COMMENT '3/7/15/30, 0 = 常年采购',
  status TINYINT UNSIGNED NOT NULL DEFAULT 1,
  created_at DATETIME NOT NULL,
  deadline DATETIME NULL COMMENT 'NULL = 常年采购',
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY ix_purchase_buyer (buyer_id, id),
  KEY ix_purchase_province (province_code, id),
  CONSTRAINT fk_purchase_buyer FOREIGN KEY (buyer_id) REFERENCES user (id),
  CONSTRAINT fk_purchase_area FOREIGN KEY (area_code) REFERENCES area (code),
  CHECK (status IN (0, 1, 3)),
  CHECK (invoice <= 2 AND payment BETWEEN 1 AND 3),
  CHECK (window_days IN (0, 3, 7, 15, 30))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE purchase_item (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  purchase_id BIGINT UNSIGNED NOT NULL,
  position TINYINT UNSIGNED NOT NULL,
  variety_id INT UNSIGNED NULL COMMENT 'NULL when the name is not in the catalogue',
  variety_name VARCHAR(50) NOT NULL COMMENT 'snapshot at publishing',
  spec VARCHAR(30) NOT NULL DEFAULT '',
  quantity DECIMAL(12, 2) NOT NULL,
  unit VARCHAR(10) NOT NULL,
  quality VARCHAR(500) NOT NULL DEFAULT '',
  origin VARCHAR(50) NOT NULL DEFAULT '',
  price DECIMAL(10, 2) NULL COMMENT 'ceiling per unit (per 公斤 when unit is 吨); NULL = 面议',
  photo VARCHAR(100) NULL COMMENT 'stored image reference (images engineer)',
  status TINYINT UNSIGNED NOT NULL DEFAULT 1,
  views INT UNSIGNED NOT NULL DEFAULT 0,
  quote_count INT UNSIGNED NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  UNIQUE KEY uq_item_position (purchase_id, position),
  KEY ix_item_status (status, id),
  KEY ix_item_variety (variety_id, status, id),
  KEY ix_item_name (variety_name),
  CONSTRAINT fk_item_purchase FOREIGN KEY (purchase_id) REFERENCES purchase (id),
  CONSTRAINT fk_item_variety FOREIGN KEY (variety_id) REFERENCES variety (id),
  CHECK (status IN (0, 1, 3)),
  CHECK (quantity > 0),
  CHECK (price IS NULL OR price > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- state: 0 pending, 1 accepted, 2 rejected. pending_supplier makes "one pending quote per
-- supplier per item" a unique key: it is NULL once replied, so a new quote may follow.
CREATE TABLE quote (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_id BIGINT UNSIGNED NOT NULL,
  supplier_id BIGINT UNSIGNED NOT NULL,
  price DECIMAL(10, 2) NOT NULL,
  quality TEXT NOT NULL COMMENT '货品描述',
  price_note TEXT NOT NULL COMMENT '价格说明',
  state TINYINT UNSIGNED NOT NULL DEFAULT 0,
  reasons SET('price', 'quality', 'qualification') NOT NULL DEFAULT '',
  message TEXT NOT NULL,
  buyer_read TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  replied_at DATETIME NULL,
  pending_supplier BIGINT UNSIGNED AS (IF(state = 0, supplier_id, NULL)) STORED,
  UNIQUE KEY uq_quote_pending (item_id, pending_supplier),
  KEY ix_quote_item (item_id, id),
  KEY ix_quote_supplier (supplier_id, id),
  CONSTRAINT fk_quote_item FOREIGN KEY (item_id) REFERENCES purchase_item (id),
  CONSTRAINT fk_quote_supplier FOREIGN KEY (supplier_id) REFERENCES user (id),
  CHECK (state IN (0, 1, 2)),
  CHECK (price > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- slot: 1 手捧照 2 细节照 3 混货照 4 质检报告 5/6 其它. image filled by the image store.
CREATE TABLE quote_photo (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  quote_id BIGINT UNSIGNED NOT NULL,
  slot TINYINT UNSIGNED NOT NULL,
  image VARCHAR(100) NULL,
  UNIQUE KEY uq_quote_photo (quote_id, slot),
  CONSTRAINT fk_photo_quote FOREIGN KEY (quote_id) REFERENCES quote (id) ON DELETE CASCADE,
  CHECK (slot BETWEEN 1 AND 6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Weekly quote quota: one counter row per (user, Monday of the week), raised by a guarded
-- UPDATE ... WHERE used < limit so parallel quotes can never pass the limit.
CREATE TABLE quote_quota (
  user_id BIGINT UNSIGNED NOT NULL,
  week DATE NOT NULL,
  used INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, week),
  CONSTRAINT fk_quota_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- type: 1 卖货消息 2 采购消息 3 成长任务 4 系统通知
CREATE TABLE notification (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL,
  type TINYINT UNSIGNED NOT NULL,
  title VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  link VARCHAR(200) NOT NULL DEFAULT '',
  is_read TINYINT(1) NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL,
  KEY ix_notification_user (user_id, id),
  KEY ix_notification_unread (user_id, is_read),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES user (id),
  CHECK (type BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE followed_variety (
  user_id BIGINT UNSIGNED NOT NULL,
  variety_id INT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (user_id, variety_id),
  KEY ix_followed_variety (variety_id),
  CONSTRAINT fk_followed_user FOREIGN KEY (user_id) REFERENCES user (id),
  CONSTRAINT fk_followed_variety FOREIGN KEY (variety_id) REFERENCES variety (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
