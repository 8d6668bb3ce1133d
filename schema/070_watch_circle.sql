-- Family-watch service (spec §5): circles (家庭圈), their members, contacts and watches.

-- A family circle; its id is a random 10-digit number that members may read out to others.
CREATE TABLE watch_circle (
  id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  created_by BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_watch_circle_user FOREIGN KEY (created_by) REFERENCES user (id),
  CHECK (id BETWEEN 1000000000 AND 9999999999)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user in a circle, under the name the family calls them (爸爸, 妈妈). The owner may remove
-- other members; `share_location` lets the others see where this member is.
CREATE TABLE watch_member (
  circle_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(20) NOT NULL,
  phone CHAR(11) NOT NULL,
  owner TINYINT(1) NOT NULL DEFAULT 0,
  share_location TINYINT(1) NOT NULL DEFAULT 1,
  joined_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (circle_id, user_id),
  KEY ix_watch_member_user (user_id),
  CONSTRAINT fk_watch_member_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_watch_member_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Phone-book entries of the circle's watches (grandparents, a teacher) who use no app.
CREATE TABLE watch_contact (
  circle_id BIGINT UNSIGNED NOT NULL,
  phone VARCHAR(20) NOT NULL,
  name VARCHAR(20) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (circle_id, phone),
  CONSTRAINT fk_watch_contact_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Within a circle, the phones and names of members, contacts and watches are unique across
-- all three kinds: every holder claims its phone and its name here, and the unique key decides.
CREATE TABLE watch_claim (
  circle_id BIGINT UNSIGNED NOT NULL,
  kind ENUM('phone', 'name') NOT NULL,
  value VARCHAR(50) NOT NULL,
  holder VARCHAR(40) NOT NULL COMMENT 'member:<uid>, contact:<phone> or device:<imei>',
  PRIMARY KEY (circle_id, kind, value),
  KEY ix_watch_claim_holder (circle_id, holder),
  CONSTRAINT fk_watch_claim_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A watch, known from its first connection (or the admin). Bound to at most one circle; the
-- guarded UPDATE ... WHERE circle_id IS NULL is what keeps it there.
CREATE TABLE watch_device (
  imei CHAR(15) NOT NULL PRIMARY KEY,
  circle_id BIGINT UNSIGNED NULL,
  name VARCHAR(20) NOT NULL DEFAULT '',
  phone VARCHAR(20) NOT NULL DEFAULT '',
  vendor VARCHAR(8) NOT NULL DEFAULT '',
  bound_at DATETIME NULL,
  online TINYINT(1) NOT NULL DEFAULT 0,
  heartbeat_s INT UNSIGNED NOT NULL DEFAULT 300,
  last_seen_at DATETIME NULL COMMENT 'UTC',
  battery TINYINT UNSIGNED NULL,
  steps INT UNSIGNED NULL,
  low_battery TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'a low battery event fired and the level has not recovered above 25 %',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_watch_device_circle (circle_id),
  CONSTRAINT fk_watch_device_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened in a circle: the app's feed, newest first, paged by id (before/limit).
-- Every watch_* time the code writes is UTC; pages show it in the business zone.
CREATE TABLE watch_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  circle_id BIGINT UNSIGNED NOT NULL,
  type VARCHAR(32) NOT NULL,
  imei CHAR(15) NULL,
  user_id BIGINT UNSIGNED NULL,
  detail JSON NOT NULL,
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY ix_watch_event_circle (circle_id, id),
  CONSTRAINT fk_watch_event_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
