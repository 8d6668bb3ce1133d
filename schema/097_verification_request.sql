-- A member asks to be verified (身份真实) with their own documents (营业执照, 身份证; issue
-- 17): the request waits for an admin, who verifies the member (user.verified, the request is
-- then removed) or refuses it with a reason the member sees.
CREATE TABLE verification_request (
  user_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  status ENUM('pending', 'refused') NOT NULL DEFAULT 'pending',
  reason VARCHAR(200) NOT NULL DEFAULT '',
  submitted_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  reviewed_at DATETIME NULL,
  KEY ix_verification_status (status, submitted_at),
  CONSTRAINT fk_verification_user FOREIGN KEY (user_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
