-- One table for every account: marketplace members (phone + password) and staff.
CREATE TABLE user (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  phone CHAR(11) NULL,
  username VARCHAR(32) NULL,
  password_hash VARCHAR(255) NOT NULL DEFAULT '',
  name VARCHAR(100) NOT NULL DEFAULT '' COMMENT '经营主体/姓名',
  nickname VARCHAR(50) NOT NULL DEFAULT '' COMMENT '称呼',
  user_type TINYINT UNSIGNED NOT NULL DEFAULT 7 COMMENT '经营主体 1..10',
  roles SET('admin', 'sales_manager', 'sales', 'teacher', 'staff') NOT NULL DEFAULT '',
  verified TINYINT(1) NOT NULL DEFAULT 0 COMMENT '身份真实',
  disabled TINYINT(1) NOT NULL DEFAULT 0,
  wechat_openid VARCHAR(64) NULL,
  wechat_unionid VARCHAR(64) NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  last_login_at DATETIME NULL,
  UNIQUE KEY uq_user_phone (phone),
  UNIQUE KEY uq_user_username (username),
  UNIQUE KEY uq_user_openid (wechat_openid),
  CHECK (user_type BETWEEN 1 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
