-- Where the watches were (spec §5): every fix as reported, the thinned track, counts per
-- business day, the circles' places (geofences) and which place each watch is in.

-- One fix. GPS fixes carry WGS-84 coordinates as reported; cell/Wi-Fi fixes carry what the
-- geolocation service made of them, or no coordinates at all (resolved = 0).
CREATE TABLE watch_position (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  imei CHAR(15) NOT NULL,
  fix_time DATETIME NOT NULL COMMENT 'UTC, as the watch reported it',
  received_at DATETIME NOT NULL COMMENT 'UTC',
  source ENUM('gps', 'lbs') NOT NULL,
  resolved TINYINT(1) NOT NULL DEFAULT 1,
  lat DECIMAL(9, 6) NULL,
  lon DECIMAL(9, 6) NULL,
  accuracy INT UNSIGNED NULL COMMENT 'metres',
  speed DECIMAL(6, 2) NULL,
  course SMALLINT UNSIGNED NULL,
  altitude INT NULL,
  satellites TINYINT UNSIGNED NULL,
  battery TINYINT UNSIGNED NULL,
  towers TEXT NOT NULL DEFAULT '' COMMENT 'the cell towers and Wi-Fi access points sent, as JSON',
  KEY ix_watch_position_fix (imei, fix_time),
  CONSTRAINT fk_watch_position_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE,
  CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
  CHECK (lon IS NULL OR lon BETWEEN -180 AND 180)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The thinned track: a point per fix that left the previous point's radius.
CREATE TABLE watch_track_point (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  imei CHAR(15) NOT NULL,
  day DATE NOT NULL COMMENT 'business date of fix_time',
  fix_time DATETIME NOT NULL COMMENT 'UTC',
  lat DECIMAL(9, 6) NOT NULL,
  lon DECIMAL(9, 6) NOT NULL,
  radius SMALLINT UNSIGNED NOT NULL COMMENT 'metres, clamp(accuracy, 200, 500)',
  source ENUM('gps', 'lbs') NOT NULL,
  KEY ix_watch_track_day (imei, day, fix_time),
  CONSTRAINT fk_watch_track_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fixes per business day and source, kept as they arrive.
CREATE TABLE watch_day_count (
  imei CHAR(15) NOT NULL,
  day DATE NOT NULL,
  gps INT UNSIGNED NOT NULL DEFAULT 0,
  lbs INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (imei, day),
  CONSTRAINT fk_watch_day_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A circle's geofence (家, 学校): centre in WGS-84 and a radius of 50-5000 m.
CREATE TABLE watch_place (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  circle_id BIGINT UNSIGNED NOT NULL,
  name VARCHAR(20) NOT NULL,
  lat DECIMAL(9, 6) NOT NULL,
  lon DECIMAL(9, 6) NOT NULL,
  radius SMALLINT UNSIGNED NOT NULL,
  created_by BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL,
  UNIQUE KEY uq_watch_place_name (circle_id, name),
  CONSTRAINT fk_watch_place_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE,
  CHECK (radius BETWEEN 50 AND 5000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Whether a watch was last seen inside a place: events fire only when this flips.
CREATE TABLE watch_place_state (
  place_id BIGINT UNSIGNED NOT NULL,
  imei CHAR(15) NOT NULL,
  inside TINYINT(1) NOT NULL,
  changed_at DATETIME NOT NULL COMMENT 'UTC',
  PRIMARY KEY (place_id, imei),
  CONSTRAINT fk_watch_place_state_place FOREIGN KEY (place_id) REFERENCES watch_place (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_watch_place_state_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The latest location an app member reported (POST /v1/me/location).
CREATE TABLE watch_member_location (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  lat DECIMAL(9, 6) NOT NULL,
  lon DECIMAL(9, 6) NOT NULL,
  accuracy INT UNSIGNED NULL,
  fix_time DATETIME NOT NULL COMMENT 'UTC',
  CONSTRAINT fk_watch_member_location_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Commands for a watch (spec §5): queued until the gateway delivers them and the watch
-- acknowledges. The bind code is the first: shown on the watch for the parent to type.
CREATE TABLE watch_command (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  imei CHAR(15) NOT NULL,
  type VARCHAR(16) NOT NULL,
  payload JSON NOT NULL,
  status ENUM('queued', 'sent', 'acked', 'replaced', 'expired') NOT NULL DEFAULT 'queued',
  user_id BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL COMMENT 'UTC',
  sent_at DATETIME NULL,
  acked_at DATETIME NULL,
  KEY ix_watch_command_box (imei, status, id),
  CONSTRAINT fk_watch_command_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
