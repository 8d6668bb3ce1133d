-- Who did what to the family-watch service (spec §5, §6): staff in /admin/watch and parents in
-- the app (commands, alarm clocks, stories sent, binding, removing members). Read on
-- /admin/watch/audit.
CREATE TABLE watch_audit (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL,
  via ENUM('app', 'admin') NOT NULL,
  action VARCHAR(32) NOT NULL,
  imei CHAR(15) NULL,
  circle_id BIGINT UNSIGNED NULL,
  detail VARCHAR(500) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY ix_watch_audit_imei (imei, id),
  KEY ix_watch_audit_user (user_id, id),
  CONSTRAINT fk_watch_audit_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
