-- Alarm clocks of a watch (闹钟, spec §5): the app edits them here and each change sends the
-- whole list to the watch as one REMIND command (coalesced in the offline box). A watch holds
-- at most three; the count is checked under the watch's row lock.
CREATE TABLE watch_alarm (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  imei CHAR(15) NOT NULL,
  at CHAR(5) NOT NULL COMMENT 'HH:MM, the watch''s local time',
  days CHAR(7) NOT NULL DEFAULT '0000000' COMMENT 'Monday..Sunday as 0/1; all 0 = once',
  enabled TINYINT(1) NOT NULL DEFAULT 1,
  label VARCHAR(20) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY ix_watch_alarm_imei (imei, at),
  CONSTRAINT fk_watch_alarm_device FOREIGN KEY (imei) REFERENCES watch_device (imei)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
