-- Meeting rooms and their one-hour bookings (spec §4).
CREATE TABLE room (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  capacity SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  location VARCHAR(100) NOT NULL DEFAULT '',
  active TINYINT(1) NOT NULL DEFAULT 1 COMMENT 'inactive rooms keep their bookings but take no new ones',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY uq_room_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per booked cell. The unique key is what makes double booking impossible; `hour` is
-- the slot's start hour (stable when the configured slot range changes).
CREATE TABLE booking (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  room_id INT UNSIGNED NOT NULL,
  date DATE NOT NULL,
  hour TINYINT UNSIGNED NOT NULL COMMENT 'slot start hour, 8 = 8:00-9:00',
  user_id BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_booking_cell (room_id, date, hour),
  KEY ix_booking_date (date, room_id),
  KEY ix_booking_user (user_id, date, hour),
  CONSTRAINT fk_booking_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT fk_booking_user FOREIGN KEY (user_id) REFERENCES user (id),
  CHECK (hour < 24)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An admin cancelled someone else's booking: the booker sees this on /booking/mine.
CREATE TABLE booking_notice (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL COMMENT 'the booker',
  room_id INT UNSIGNED NOT NULL,
  date DATE NOT NULL,
  hour TINYINT UNSIGNED NOT NULL,
  cancelled_by BIGINT UNSIGNED NOT NULL,
  note VARCHAR(200) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_booking_notice_user (user_id, created_at),
  CONSTRAINT fk_booking_notice_user FOREIGN KEY (user_id) REFERENCES user (id),
  CONSTRAINT fk_booking_notice_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT fk_booking_notice_by FOREIGN KEY (cancelled_by) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The secret in a user's calendar subscription URL; regenerating it revokes the old URL.
CREATE TABLE booking_feed (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  token CHAR(32) NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_booking_feed_token (token),
  CONSTRAINT fk_booking_feed_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
