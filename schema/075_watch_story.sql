-- Stories (故事) for the watches (spec §5): a catalogue the content team fills (category,
-- title, text, cover picture, audio), and each send to a watch, tied to its command, so the
-- hot ranking counts only the sends the watch acknowledged.
CREATE TABLE watch_story_category (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(20) NOT NULL,
  position INT NOT NULL DEFAULT 0,
  UNIQUE KEY uq_watch_story_category_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE watch_story (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  category_id INT UNSIGNED NOT NULL,
  title VARCHAR(50) NOT NULL,
  summary VARCHAR(1000) NOT NULL DEFAULT '',
  cover CHAR(40) NOT NULL DEFAULT '' COMMENT 'image hash (lib/image), "" = none',
  audio VARCHAR(60) NOT NULL COMMENT 'stored audio file (watch/audio.h)',
  seconds INT UNSIGNED NOT NULL DEFAULT 0,
  created_by BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL COMMENT 'UTC',
  KEY ix_watch_story_category (category_id, id),
  CONSTRAINT fk_watch_story_category FOREIGN KEY (category_id)
    REFERENCES watch_story_category (id),
  CONSTRAINT fk_watch_story_user FOREIGN KEY (created_by) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE watch_story_send (
  command_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  story_id BIGINT UNSIGNED NOT NULL,
  KEY ix_watch_story_send_story (story_id),
  CONSTRAINT fk_watch_story_send_command FOREIGN KEY (command_id) REFERENCES watch_command (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_watch_story_send_story FOREIGN KEY (story_id) REFERENCES watch_story (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
