-- Classes (班级) that enrolled customers study in; teachers run them (spec §3).
CREATE TABLE crm_class (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(50) NOT NULL,
  course VARCHAR(50) NOT NULL,
  semester VARCHAR(20) NOT NULL DEFAULT '',
  start_date DATE NULL,
  end_date DATE NULL,
  tutor_id BIGINT UNSIGNED NULL COMMENT '班主任',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_crm_class_name (name),
  CONSTRAINT fk_crm_class_tutor FOREIGN KEY (tutor_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crm_class_teacher (
  class_id BIGINT UNSIGNED NOT NULL,
  teacher_id BIGINT UNSIGNED NOT NULL,
  PRIMARY KEY (class_id, teacher_id),
  CONSTRAINT fk_crm_ct_class FOREIGN KEY (class_id) REFERENCES crm_class (id) ON DELETE CASCADE,
  CONSTRAINT fk_crm_ct_teacher FOREIGN KEY (teacher_id) REFERENCES user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
