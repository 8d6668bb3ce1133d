-- Circle messages (spec §5): text, voice (AMR) and images from the parents' apps and from the
-- watches. Each goes to the circle's feed and, text and voice, to every watch of the circle as
-- a command. `media` is the stored file: an audio file name (watch/audio.h) or an image hash.
CREATE TABLE watch_message (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  circle_id BIGINT UNSIGNED NOT NULL,
  user_id BIGINT UNSIGNED NULL COMMENT 'the member who sent it; NULL when a watch did',
  imei CHAR(15) NULL COMMENT 'the watch that sent it',
  kind ENUM('text', 'voice', 'image') NOT NULL,
  body VARCHAR(500) NOT NULL DEFAULT '' COMMENT 'the text of a text message',
  media VARCHAR(60) NOT NULL DEFAULT '',
  seconds SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY ix_watch_message_circle (circle_id, id),
  CONSTRAINT fk_watch_message_circle FOREIGN KEY (circle_id) REFERENCES watch_circle (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_watch_message_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
