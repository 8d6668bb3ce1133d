-- Admin back office: every admin action, identity documents behind the 身份真实 flag,
-- system notices (broadcasts; the marketplace's per-user notifications show them as type 4),
-- and member avatars (image hashes).
CREATE TABLE admin_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  admin_id BIGINT UNSIGNED NOT NULL,
  action VARCHAR(32) NOT NULL,
  object_type VARCHAR(32) NOT NULL,
  object_id BIGINT UNSIGNED NULL,
  detail VARCHAR(500) NOT NULL DEFAULT '',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_admin_log_object (object_type, object_id),
  CONSTRAINT fk_admin_log_admin FOREIGN KEY (admin_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_document (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT UNSIGNED NOT NULL,
  image CHAR(40) NOT NULL,
  uploaded_by BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_user_document (user_id, image),
  CONSTRAINT fk_user_document_user FOREIGN KEY (user_id) REFERENCES user (id),
  CONSTRAINT fk_user_document_admin FOREIGN KEY (uploaded_by) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE notice (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(100) NOT NULL,
  body TEXT NOT NULL,
  user_type TINYINT UNSIGNED NULL COMMENT 'NULL = everyone, else one member type 1..10',
  admin_id BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_notice_created (created_at),
  CONSTRAINT fk_notice_admin FOREIGN KEY (admin_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_avatar (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  image CHAR(40) NOT NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_user_avatar_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
