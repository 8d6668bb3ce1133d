-- Sales CRM (spec §3): customers, their courses, follow-ups, distribution history, weights,
-- the assignment cursor and log, and the previous consultant's cooldown.
CREATE TABLE crm_customer (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  qq VARCHAR(20) NULL,
  phone VARCHAR(20) NULL,
  wechat VARCHAR(50) NULL,
  gender TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT '0 未知 1 男 2 女',
  education VARCHAR(20) NOT NULL DEFAULT '',
  school VARCHAR(100) NOT NULL DEFAULT '',
  major VARCHAR(100) NOT NULL DEFAULT '',
  work_experience VARCHAR(200) NOT NULL DEFAULT '',
  work_status VARCHAR(20) NOT NULL DEFAULT '' COMMENT '在职/离职/在校…',
  company VARCHAR(100) NOT NULL DEFAULT '',
  salary VARCHAR(20) NOT NULL DEFAULT '',
  source VARCHAR(20) NOT NULL,
  referrer VARCHAR(50) NOT NULL DEFAULT '',
  note TEXT NULL,
  status TINYINT UNSIGNED NOT NULL DEFAULT 0 COMMENT '0 未报名 1 已报名',
  consultant_id BIGINT UNSIGNED NULL,
  taken_date DATE NULL COMMENT '接单时间',
  last_follow_date DATE NULL,
  created_by BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY uq_crm_customer_qq (qq),
  UNIQUE KEY uq_crm_customer_phone (phone),
  UNIQUE KEY uq_crm_customer_wechat (wechat),
  KEY ix_crm_customer_consultant (consultant_id, status),
  KEY ix_crm_customer_taken (status, taken_date),
  KEY ix_crm_customer_follow (status, last_follow_date),
  CONSTRAINT fk_crm_customer_consultant FOREIGN KEY (consultant_id) REFERENCES user (id),
  CONSTRAINT fk_crm_customer_creator FOREIGN KEY (created_by) REFERENCES user (id),
  CHECK (qq IS NOT NULL OR phone IS NOT NULL OR wechat IS NOT NULL),
  CHECK (status IN (0, 1)),
  CHECK (gender IN (0, 1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Courses a customer asked about (咨询课程), one row per course.
CREATE TABLE crm_customer_course (
  customer_id BIGINT UNSIGNED NOT NULL,
  course VARCHAR(50) NOT NULL,
  PRIMARY KEY (customer_id, course),
  CONSTRAINT fk_crm_course_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 跟进记录: each one refreshes the customer's last_follow_date.
CREATE TABLE crm_follow_up (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  consultant_id BIGINT UNSIGNED NOT NULL,
  follow_date DATE NOT NULL,
  note TEXT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_crm_follow_customer (customer_id, id),
  CONSTRAINT fk_crm_follow_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_follow_user FOREIGN KEY (consultant_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 客户分配表: one row each time a customer is assigned or grabbed.
-- status 1 正在跟进, 2 已成单, 3 三天未跟进, 4 十五天未成单.
CREATE TABLE crm_distribution (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  consultant_id BIGINT UNSIGNED NOT NULL,
  assigned_date DATE NOT NULL,
  how ENUM('assign', 'grab') NOT NULL,
  status TINYINT UNSIGNED NOT NULL DEFAULT 1,
  ended_date DATE NULL,
  KEY ix_crm_dist_consultant (consultant_id, status),
  KEY ix_crm_dist_customer (customer_id, status),
  CONSTRAINT fk_crm_dist_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_dist_user FOREIGN KEY (consultant_id) REFERENCES user (id),
  CHECK (status BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Automatic assignment: share count (份数) and weight per consultant.
CREATE TABLE crm_sales_weight (
  consultant_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  share_count INT UNSIGNED NOT NULL DEFAULT 1,
  weight INT NOT NULL DEFAULT 0,
  enabled TINYINT(1) NOT NULL DEFAULT 1,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  CONSTRAINT fk_crm_weight_user FOREIGN KEY (consultant_id) REFERENCES user (id),
  CHECK (share_count <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The position in the assignment sequence, shared by every process; its row lock also
-- serialises assignments so parallel entries follow the serial order.
CREATE TABLE crm_assign_cursor (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  position BIGINT UNSIGNED NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO crm_assign_cursor (id, position) VALUES (1, 0);

-- Why each customer went to whom.
CREATE TABLE crm_assignment_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  consultant_id BIGINT UNSIGNED NULL,
  position BIGINT UNSIGNED NULL,
  reason VARCHAR(500) NOT NULL,
  created_by BIGINT UNSIGNED NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY ix_crm_alog_customer (customer_id),
  CONSTRAINT fk_crm_alog_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_alog_user FOREIGN KEY (consultant_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The previous consultant may not grab a released customer back before `until`.
CREATE TABLE crm_cooldown (
  customer_id BIGINT UNSIGNED NOT NULL,
  consultant_id BIGINT UNSIGNED NOT NULL,
  until DATE NOT NULL,
  PRIMARY KEY (customer_id, consultant_id),
  CONSTRAINT fk_crm_cool_customer FOREIGN KEY (customer_id) REFERENCES crm_customer (id),
  CONSTRAINT fk_crm_cool_user FOREIGN KEY (consultant_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
